import type { BookingStatus, Db, Prisma } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";
import { lessonReturnsOnCancel, refundDeadline } from "./rules.ts";

export interface BookingListQuery extends PageQuery {
  status?: BookingStatus;
}

/** What a booking list shows with each booking: its slot and teacher, its student, its lesson. */
const BOOKING_LIST_INCLUDE = {
  slot: { select: { id: true, teacherId: true, startsAt: true, endsAt: true, teacher: { select: { name: true } } } },
  student: { select: { name: true } },
  lesson: { select: { id: true, status: true } },
  rescheduledTo: { select: { id: true } },
} as const;

/** One page of the bookings `where` picks, newest first, each with what a booking list shows. */
export function readBookingPage(reader: Db, where: Prisma.BookingWhereInput, query: PageQuery) {
  return reader.booking.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageArgs(query), include: BOOKING_LIST_INCLUDE });
}

/** A student's bookings, or the bookings on a teacher's slots; newest slot first. */
export async function listMyBookings(deps: DomainDeps, user: Principal, query: BookingListQuery) {
  const now = deps.clock.now();
  const { refundWindowHours } = deps.settings;
  const rows = await readBookingPage(
    deps.db,
    {
      ...(user.role === "TEACHER" ? { slot: { teacherId: user.id } } : { studentId: user.id }),
      ...(query.status ? { status: query.status } : {}),
    },
    query,
  );
  const bookings = rows.map((booking) => ({
    id: booking.id,
    status: booking.status,
    holdExpiresAt: booking.holdExpiresAt,
    packageId: booking.packageId,
    lessonId: booking.lesson?.id ?? null,
    lessonReturned: booking.lessonReturned,
    rescheduledFromId: booking.rescheduledFromId,
    rescheduledToId: booking.rescheduledTo?.id ?? null,
    createdAt: booking.createdAt,
    // What a cancel by the reader would do, so the portal can say it before they confirm.
    refundDeadline: refundDeadline(booking.slot.startsAt, refundWindowHours),
    willReturnLesson:
      booking.status === "CONFIRMED" &&
      lessonReturnsOnCancel({ startsAt: booking.slot.startsAt, now, refundWindowHours, canceledBy: user.role }),
    studentName: booking.student.name,
    slot: {
      id: booking.slot.id,
      teacherId: booking.slot.teacherId,
      teacherName: booking.slot.teacher.name,
      startsAt: booking.slot.startsAt,
      endsAt: booking.slot.endsAt,
    },
  }));
  return pageOf(bookings, query);
}
