import type { BookingStatus, Db } from "@guitaronline/db";
import type { Principal } from "../identity/principal.ts";

export interface BookingListQuery {
  status?: BookingStatus;
  cursor?: string;
  limit: number;
}

/** A student's bookings, or the bookings on a teacher's slots; newest slot first. */
export async function listMyBookings(db: Db, user: Principal, query: BookingListQuery) {
  const rows = await db.booking.findMany({
    where: {
      ...(user.role === "TEACHER" ? { slot: { teacherId: user.id } } : { studentId: user.id }),
      ...(query.status ? { status: query.status } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    cursor: query.cursor ? { id: query.cursor } : undefined,
    skip: query.cursor ? 1 : 0,
    take: query.limit + 1,
    include: {
      slot: { select: { id: true, teacherId: true, startsAt: true, endsAt: true, teacher: { select: { name: true } } } },
      student: { select: { name: true } },
      lesson: { select: { id: true, status: true } },
      rescheduledTo: { select: { id: true } },
    },
  });
  const items = rows.slice(0, query.limit).map((booking) => ({
    id: booking.id,
    status: booking.status,
    holdExpiresAt: booking.holdExpiresAt,
    packageId: booking.packageId,
    lessonId: booking.lesson?.id ?? null,
    lessonReturned: booking.lessonReturned,
    rescheduledFromId: booking.rescheduledFromId,
    rescheduledToId: booking.rescheduledTo?.id ?? null,
    createdAt: booking.createdAt,
    studentName: booking.student.name,
    slot: {
      id: booking.slot.id,
      teacherId: booking.slot.teacherId,
      teacherName: booking.slot.teacher.name,
      startsAt: booking.slot.startsAt,
      endsAt: booking.slot.endsAt,
    },
  }));
  return { items, nextCursor: rows.length > query.limit ? items.at(-1)!.id : null };
}
