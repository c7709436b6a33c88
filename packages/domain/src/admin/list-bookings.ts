import type { BookingStatus } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { readBookingPage } from "../booking/list-bookings.ts";
import type { Principal } from "../identity/principal.ts";
import { pageOf, type PageQuery } from "../pagination.ts";
import { readerOf } from "./read-models.ts";

export interface AdminBookingQuery extends PageQuery {
  status?: BookingStatus;
  studentId?: string;
  teacherId?: string;
  /** The lesson's start: from this instant on, and before `to`. */
  from?: Date;
  to?: Date;
}

/** Any booking in the school, newest first, by student, teacher, status and lesson time. */
export async function listAllBookings(deps: DomainDeps, _admin: Principal, query: AdminBookingQuery) {
  const rows = await readBookingPage(
    readerOf(deps),
    {
      status: query.status,
      studentId: query.studentId,
      slot: { teacherId: query.teacherId, startsAt: { gte: query.from, lt: query.to } },
    },
    query,
  );
  const bookings = rows.map((booking) => ({
    id: booking.id,
    status: booking.status,
    studentId: booking.studentId,
    studentName: booking.student.name,
    teacherId: booking.slot.teacherId,
    teacherName: booking.slot.teacher.name,
    slot: { id: booking.slot.id, teacherId: booking.slot.teacherId, startsAt: booking.slot.startsAt, endsAt: booking.slot.endsAt },
    packageId: booking.packageId,
    lesson: booking.lesson,
    cancelReason: booking.cancelReason,
    lessonReturned: booking.lessonReturned,
    createdAt: booking.createdAt,
  }));
  return pageOf(bookings, query);
}
