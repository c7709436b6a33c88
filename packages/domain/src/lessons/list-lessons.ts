import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";

export interface LessonQuery extends PageQuery {
  /** Lessons starting at or after this time. */
  from?: Date;
  /** Lessons starting before this time. */
  to?: Date;
  /** By start time, soonest first (asc) or latest first (desc): the lessons behind a moment read backwards. */
  order?: "asc" | "desc";
}

/** A student's lessons, or a teacher's, by start time; the (person, starts_at) indexes serve either order. */
export async function listMyLessons(deps: DomainDeps, user: Principal, query: LessonQuery) {
  const { from, to, order = "asc" } = query;
  const rows = await deps.db.lesson.findMany({
    where: {
      ...(user.role === "TEACHER" ? { teacherId: user.id } : { studentId: user.id }),
      startsAt: { gte: from, lt: to },
    },
    orderBy: [{ startsAt: order }, { id: order }],
    ...pageArgs(query),
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
  return pageOf(lessons, query);
}
