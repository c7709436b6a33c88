import type { Prisma, Tx } from "@guitaronline/db";

export interface AuditEntry {
  /** Who acted; null for the system and for anonymous attempts. */
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  metadata?: Prisma.InputJsonObject;
}

/** Records one action; call it inside the transaction that makes the change. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: { ...entry, metadata: entry.metadata ?? {} } });
}
