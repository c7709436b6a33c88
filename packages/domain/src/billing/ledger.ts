import type { Tx } from "@guitaronline/db";
import { NoActivePackage } from "../errors.ts";
import { packageToConsume, statusForLessonsLeft } from "./package-rules.ts";

/** The package the student's next lesson would come from, read without taking it. */
export async function packageForNextLesson(tx: Tx, studentId: string, now: Date) {
  return packageToConsume(await tx.lessonPackage.findMany({ where: { studentId, status: "ACTIVE" } }), now);
}

/** Takes one lesson from the student's package expiring soonest, its row locked first. */
export async function consumeLesson(tx: Tx, studentId: string, now: Date) {
  await tx.$queryRaw`SELECT id FROM lesson_packages WHERE student_id = ${studentId}::uuid AND status = 'ACTIVE' FOR UPDATE`;
  const chosen = await packageForNextLesson(tx, studentId, now);
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
