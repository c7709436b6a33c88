import { inTransaction, type Db, type LessonStatus } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import type { Clock } from "../clock.ts";
import { InvalidTransition, NotFound } from "../errors.ts";
import type { Principal } from "../identity/principal.ts";
import { emit } from "../outbox.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";

/** A student's lessons, or a teacher's; by start time. */
export async function listMyLessons(db: Db, user: Principal, page: PageQuery) {
  const rows = await db.lesson.findMany({
    where: user.role === "TEACHER" ? { teacherId: user.id } : { studentId: user.id },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    ...pageArgs(page),
    include: { teacher: { select: { name: true } }, student: { select: { name: true } } },
  });
  const lessons = rows.map((lesson) => ({
    id: lesson.id,
    bookingId: lesson.bookingId,
    status: lesson.status,
    startsAt: lesson.startsAt,
    endsAt: lesson.endsAt,
    notes: lesson.notes,
    teacherId: lesson.teacherId,
    teacherName: lesson.teacher.name,
    studentId: lesson.studentId,
    studentName: lesson.student.name,
  }));
  return pageOf(lessons, page);
}

/**
 * The teacher records how a lesson went: COMPLETED (with notes) or NO_SHOW, once it has begun.
 * Recording the same outcome again changes nothing.
 */
export async function recordLessonOutcome(
  db: Db,
  clock: Clock,
  teacher: Principal,
  { lessonId, outcome, notes }: { lessonId: string; outcome: Extract<LessonStatus, "COMPLETED" | "NO_SHOW">; notes?: string },
) {
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    await tx.$queryRaw`SELECT id FROM lessons WHERE id = ${lessonId}::uuid FOR UPDATE`;
    const lesson = await tx.lesson.findUnique({ where: { id: lessonId } });
    if (!lesson || lesson.teacherId !== teacher.id) throw new NotFound("The lesson");
    if (lesson.status === outcome) return { id: lesson.id, status: lesson.status };
    if (lesson.status !== "SCHEDULED") throw new InvalidTransition(`A lesson that is ${lesson.status.toLowerCase()} cannot change.`);
    if (lesson.startsAt > now) throw new InvalidTransition("A lesson can be marked once it has begun.");
    const updated = await tx.lesson.update({
      where: { id: lessonId },
      data: { status: outcome, notes: notes ?? lesson.notes, completedAt: now },
    });
    const event = outcome === "COMPLETED" ? "lesson.completed" : "lesson.no_show";
    await writeAudit(tx, { actorId: teacher.id, action: event, entityType: "lesson", entityId: lessonId });
    await emit(tx, {
      type: event,
      aggregateType: "lesson",
      aggregateId: lessonId,
      payload: { lessonId, bookingId: lesson.bookingId, studentId: lesson.studentId, teacherId: lesson.teacherId },
    });
    return { id: updated.id, status: updated.status };
  });
}
