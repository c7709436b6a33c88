import { inTransaction } from "@guitaronline/db";
import { NotFound } from "../errors.ts";
import type { Principal } from "../identity/principal.ts";
import type { BookingContext } from "./context.ts";
import { lockBooking, releaseBooking, type LockedBooking } from "./internals.ts";

/** Who may see and cancel a booking: its student, the slot's teacher, an admin. */
export function mayActOn(booking: LockedBooking, actor: Principal): boolean {
  return actor.role === "ADMIN" || booking.studentId === actor.id || booking.slot.teacherId === actor.id;
}

/**
 * Cancels a booking. Canceling a canceled booking returns it unchanged; someone else's booking
 * is NotFound, as if it did not exist.
 */
export async function cancelBooking(ctx: BookingContext, actor: Principal, { bookingId, reason }: { bookingId: string; reason?: string }) {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (!booking || !mayActOn(booking, actor)) throw new NotFound("The booking");
    if (booking.status === "CANCELED") return { id: booking.id, status: "CANCELED" as const, refunded: booking.lessonReturned };
    const canceled = await releaseBooking(tx, booking, actor, { now, refundWindowHours: ctx.settings.refundWindowHours, reason });
    return { id: canceled.id, status: "CANCELED" as const, refunded: canceled.lessonReturned };
  });
}
