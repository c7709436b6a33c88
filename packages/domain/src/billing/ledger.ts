import type { Tx } from "@guitaronline/db";
import { NoActivePackage } from "../errors.ts";
import { SYSTEM } from "../identity/actor.ts";
import { expireOverdue } from "./expire-packages.ts";
import { isOverdue, packageToConsume, statusForLessonsLeft, type PackageState } from "./package-rules.ts";

/**
 * Takes one lesson from the student's package expiring soonest. The student's ACTIVE packages
 * are locked and read in one statement; overdue ones among them are marked EXPIRED on the way.
 */
export async function consumeLesson(tx: Tx, studentId: string, now: Date) {
  const active = await tx.$queryRaw<PackageState[]>`
    SELECT id, status, lessons_left AS "lessonsLeft", lessons_total AS "lessonsTotal",
      expires_at AS "expiresAt", created_at AS "createdAt"
    FROM lesson_packages WHERE student_id = ${studentId}::uuid AND status = 'ACTIVE'
    FOR UPDATE`;
  if (active.some((pkg) => isOverdue(pkg, now))) await expireOverdue(tx, SYSTEM, now, { studentId });
  const chosen = packageToConsume(active, now);
  if (!chosen) throw new NoActivePackage();
  const lessonsLeft = chosen.lessonsLeft - 1;
  return tx.lessonPackage.update({
    where: { id: chosen.id },
    data: { lessonsLeft, status: statusForLessonsLeft(chosen, lessonsLeft, now) },
  });
}

/** Gives a lesson back to its package (ACTIVE again if it was depleted and has not expired). */
export async function returnLesson(tx: Tx, packageId: string, now: Date) {
  await tx.$queryRaw`SELECT id FROM lesson_packages WHERE id = ${packageId}::uuid FOR UPDATE`;
  const pkg = await tx.lessonPackage.findUniqueOrThrow({ where: { id: packageId } });
  const lessonsLeft = Math.min(pkg.lessonsTotal, pkg.lessonsLeft + 1);
  await tx.lessonPackage.update({ where: { id: packageId }, data: { lessonsLeft, status: statusForLessonsLeft(pkg, lessonsLeft, now) } });
}
