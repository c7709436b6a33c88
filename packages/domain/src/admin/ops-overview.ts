import { Prisma } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { readerOf, traceView } from "./read-models.ts";

/**
 * A package the student paid for that can no longer be used: lapsed with lessons left and a
 * successful payment (`succeeded_payments`, kept by a trigger on payments). The ops board shows
 * these to remedy. Written as SQL with the status as a literal: only then can the planner use the
 * partial index made for exactly these packages (Prisma would send it as a parameter cast to the
 * enum, which no index predicate matches).
 */
const PAID_BUT_UNUSABLE = Prisma.sql`package.status = 'EXPIRED' AND package.lessons_left > 0 AND package.succeeded_payments > 0`;

/**
 * What needs an operator: the outbox (pending, its lag, retrying, dead letters), failed
 * notifications, holds and packages past their time that nothing has expired yet, and packages
 * paid for but expired with lessons left. Counts and one MIN; a short list of the last kind.
 * Each reads a small index range (see docs/operations.md), never a whole table.
 */
export async function opsOverview(deps: DomainDeps, admin: Principal, { maxRetries }: { maxRetries: number }) {
  const db = readerOf(deps);
  const now = deps.clock.now();
  const [outbox, oldestDue, outboxRetryableFailed, notificationsFailed, staleHolds, overdueActivePackages, [paidButUnusable], paidButUnusablePackages] =
    await Promise.all([
      // Only the two small statuses: counting PROCESSED too would read the whole outbox.
      db.outboxEvent.groupBy({ by: ["status"], where: { status: { in: ["PENDING", "FAILED"] } }, _count: { _all: true } }),
      db.outboxEvent.aggregate({ where: { status: "PENDING", availableAt: { lte: now } }, _min: { createdAt: true } }),
      db.outboxEvent.count({ where: { status: "PENDING", attempts: { gt: 0, lt: maxRetries } } }),
      db.notification.count({ where: { status: "FAILED" } }),
      db.booking.count({ where: { status: "HOLD", holdExpiresAt: { lte: now } } }),
      db.lessonPackage.count({ where: { status: "ACTIVE", expiresAt: { lte: now } } }),
      db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM lesson_packages AS package WHERE ${PAID_BUT_UNUSABLE}`,
      db.$queryRaw<{ id: string; studentId: string; lessonsLeft: number; expiresAt: Date; studentName: string }[]>`
        SELECT package.id, package.student_id AS "studentId", package.lessons_left AS "lessonsLeft",
               package.expires_at AS "expiresAt", student.name AS "studentName"
        FROM lesson_packages AS package JOIN users AS student ON student.id = package.student_id
        WHERE ${PAID_BUT_UNUSABLE}
        ORDER BY package.expires_at DESC, package.id DESC
        LIMIT 10`,
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
    paidButUnusable: Number(paidButUnusable?.count ?? 0),
    paidButUnusablePackages,
  };
}
