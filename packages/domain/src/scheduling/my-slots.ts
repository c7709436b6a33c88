import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";
import { activeBookingAt } from "./active-booking.ts";

export interface MySlotQuery extends PageQuery {
  from?: Date;
  to?: Date;
}

/**
 * A teacher's own live slots in a time range (a week of their calendar), soonest first, each
 * with the booking that takes it now, if any: held or confirmed, and by which student.
 */
export async function listMySlots(deps: DomainDeps, teacher: Principal, query: MySlotQuery) {
  const now = deps.clock.now();
  const rows = await deps.db.slot.findMany({
    where: {
      teacherId: teacher.id,
      deletedAt: null,
      startsAt: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: query.to } : {}) },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    ...pageArgs(query),
    include: {
      bookings: {
        where: activeBookingAt(now),
        select: { id: true, status: true, holdExpiresAt: true, student: { select: { name: true } } },
        take: 1,
      },
    },
  });
  const slots = rows.map(({ bookings: [booking], ...slot }) => ({
    id: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    booking: booking
      ? { id: booking.id, status: booking.status, holdExpiresAt: booking.holdExpiresAt, studentName: booking.student.name }
      : null,
  }));
  return pageOf(slots, query);
}
