import { inTransaction, type Db, type Tx } from "@guitaronline/db";
import type { Clock } from "../clock.ts";
import { recordSystemChanges } from "../system-changes.ts";

const BATCH = 500;

/** Persists EXPIRED on overdue packages already locked by the caller's transaction. */
async function expireLocked(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.lessonPackage.updateMany({ where: { id: { in: ids } }, data: { status: "EXPIRED" } });
  const expired = await tx.lessonPackage.findMany({ where: { id: { in: ids } }, select: { id: true, studentId: true, lessonsLeft: true } });
  await recordSystemChanges(
    tx,
    { type: "billing.package.expired", entityType: "lesson_package" },
    expired.map((pkg) => ({ id: pkg.id, payload: { packageId: pkg.id, studentId: pkg.studentId, lessonsLeft: pkg.lessonsLeft } })),
  );
}

/**
 * Marks ACTIVE packages past their expiry EXPIRED (audit + `billing.package.expired`): for one
 * student when they are read or used, or for everyone from the schedule and the admin action.
 * Rows another transaction holds are skipped, not waited for; the next run takes them.
 */
export async function expireOverduePackages(db: Db, clock: Clock, { studentId }: { studentId?: string } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const now = clock.now();
    const count = await inTransaction(db, async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM lesson_packages
        WHERE status = 'ACTIVE' AND expires_at <= ${now}
          AND (${studentId ?? null}::uuid IS NULL OR student_id = ${studentId ?? null}::uuid)
        ORDER BY expires_at
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED`;
      await expireLocked(tx, rows.map((row) => row.id));
      return rows.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}
