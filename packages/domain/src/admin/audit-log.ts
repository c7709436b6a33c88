import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";
import { readerOf } from "./read-models.ts";

export interface AuditLogQuery extends PageQuery {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  /** An exact action, or a prefix ending in a dot (`billing.` for every billing action). */
  action?: string;
  from?: Date;
  to?: Date;
}

/** The audit trail, newest first, a page at a time, with the name of whoever acted. */
export async function listAuditLog(deps: DomainDeps, _admin: Principal, query: AuditLogQuery) {
  const rows = await readerOf(deps).auditLog.findMany({
    where: {
      entityType: query.entityType,
      entityId: query.entityId,
      actorId: query.actorId,
      action: query.action?.endsWith(".") ? { startsWith: query.action } : query.action,
      createdAt: { gte: query.from, lt: query.to },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(query),
    include: { actor: { select: { name: true, email: true } } },
  });
  const entries = rows.map(({ actor, metadata, ...entry }) => ({
    ...entry,
    metadata: (metadata ?? {}) as Record<string, unknown>,
    actorName: actor?.name ?? null,
    actorEmail: actor?.email ?? null,
  }));
  return pageOf(entries, query);
}
