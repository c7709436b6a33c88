import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { readerOf, traceView } from "./read-models.ts";

/** A package the student paid for that can no longer be used: the ops board shows these to remedy. */
const PAID_BUT_UNUSABLE = { status: "EXPIRED", lessonsLeft: { gt: 0 }, payments: { some: { status: "SUCCEEDED" } } } as const;

/**
 * What needs an operator: the outbox (pending, its lag, retrying, dead letters), failed
 * notifications, holds and packages past their time that nothing has expired yet, and packages
 * paid for but expired with lessons left. Counts and one MIN; a short list of the last kind.
 */
export async function opsOverview(deps: DomainDeps, admin: Principal, { maxRetries }: { maxRetries: number }) {
  const db = readerOf(deps);
  const now = deps.clock.now();
  const [outbox, oldestDue, outboxRetryableFailed, notificationsFailed, staleHolds, overdueActivePackages, paidButUnusable, paidButUnusablePackages] =
    await Promise.all([
      // Only the two small statuses: counting PROCESSED too would read the whole outbox.
      db.outboxEvent.groupBy({ by: ["status"], where: { status: { in: ["PENDING", "FAILED"] } }, _count: { _all: true } }),
      db.outboxEvent.aggregate({ where: { status: "PENDING", availableAt: { lte: now } }, _min: { createdAt: true } }),
      db.outboxEvent.count({ where: { status: "PENDING", attempts: { gt: 0, lt: maxRetries } } }),
      db.notification.count({ where: { status: "FAILED" } }),
      db.booking.count({ where: { status: "HOLD", holdExpiresAt: { lte: now } } }),
      db.lessonPackage.count({ where: { status: "ACTIVE", expiresAt: { lte: now } } }),
      db.lessonPackage.count({ where: PAID_BUT_UNUSABLE }),
      db.lessonPackage.findMany({
        where: PAID_BUT_UNUSABLE,
        orderBy: [{ expiresAt: "desc" }, { id: "desc" }],
        take: 10,
        select: { id: true, studentId: true, lessonsLeft: true, expiresAt: true, student: { select: { name: true } } },
      }),
    ]);
  await traceView(deps, admin, "admin.ops.view");
  const outboxCount = (status: "PENDING" | "FAILED") => outbox.find((row) => row.status === status)?._count._all ?? 0;
  const oldest = oldestDue._min.createdAt;
  return {
    outboxPending: outboxCount("PENDING"),
    outboxLagSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : 0,
    outboxRetryableFailed,
    outboxDeadLetter: outboxCount("FAILED"),
    notificationsFailed,
    staleHolds,
    overdueActivePackages,
    paidButUnusable,
    paidButUnusablePackages: paidButUnusablePackages.map(({ student, ...pkg }) => ({ ...pkg, studentName: student.name })),
  };
}
