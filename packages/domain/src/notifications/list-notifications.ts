import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";

/** A user's in-app notifications, newest first. */
export async function listMyNotifications(deps: DomainDeps, user: Principal, page: PageQuery) {
  const rows = await deps.db.notification.findMany({
    where: { userId: user.id, channel: "IN_APP" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(page),
    select: { id: true, type: true, status: true, createdAt: true, eventId: true },
  });
  return pageOf(rows, page);
}
