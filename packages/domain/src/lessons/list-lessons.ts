import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";

/** A student's lessons, or a teacher's; by start time. */
export async function listMyLessons(deps: DomainDeps, user: Principal, page: PageQuery) {
  const rows = await deps.db.lesson.findMany({
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
