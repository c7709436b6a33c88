import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";

/** Delivery health for admins: notifications and outbox events by status. */
export async function deliveryMetrics(deps: DomainDeps, _admin: Principal, { maxRetries }: { maxRetries: number }) {
  const { db } = deps;
  const [notifications, outbox, retryableFailed] = await Promise.all([
    db.notification.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxEvent.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxEvent.count({ where: { status: "PENDING", attempts: { gt: 0, lt: maxRetries } } }),
  ]);
  const count = <S extends string>(rows: { status: S; _count: { _all: number } }[], status: S) =>
    rows.find((row) => row.status === status)?._count._all ?? 0;
  const sum = (rows: { _count: { _all: number } }[]) => rows.reduce((total, row) => total + row._count._all, 0);
  return {
    notifications: {
      pending: count(notifications, "PENDING"),
      sent: count(notifications, "SENT"),
      failed: count(notifications, "FAILED"),
      total: sum(notifications),
    },
    outbox: {
      pending: count(outbox, "PENDING"),
      processed: count(outbox, "PROCESSED"),
      failed: count(outbox, "FAILED"),
      total: sum(outbox),
      retryableFailed,
      deadLetter: count(outbox, "FAILED"),
    },
  };
}
