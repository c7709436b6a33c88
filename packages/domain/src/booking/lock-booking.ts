import type { Tx } from "@guitaronline/db";
import type { Principal } from "../identity/principal.ts";

/** Locks the booking row for the rest of the transaction and reads it with what rules need. */
export async function lockBooking(tx: Tx, bookingId: string) {
  await tx.$queryRaw`SELECT id FROM bookings WHERE id = ${bookingId}::uuid FOR UPDATE`;
  return tx.booking.findUnique({
    where: { id: bookingId },
    include: { slot: true, lesson: true, rescheduledTo: { include: { lesson: true } } },
  });
}

export type LockedBooking = NonNullable<Awaited<ReturnType<typeof lockBooking>>>;

/** Who may see and cancel a booking: its student, the slot's teacher, an admin. */
export function mayActOn(booking: LockedBooking, actor: Principal): boolean {
  return actor.role === "ADMIN" || booking.studentId === actor.id || booking.slot.teacherId === actor.id;
}
