import { rowFromJson, type Booking, type Lesson, type Slot, type Tx } from "@guitaronline/db";
import type { Principal } from "../identity/principal.ts";

export type LockedBooking = Booking & {
  slot: Slot;
  lesson: Lesson | null;
  rescheduledTo: (Booking & { lesson: Lesson | null }) | null;
};

type Json = Record<string, unknown>;

const orNull = <T>(json: Json | null): T | null => (json ? rowFromJson<T>(json) : null);

/**
 * Locks the booking row for the rest of the transaction, then reads it with what the rules need
 * (its slot, its lesson, the booking it was moved to) in one statement. The read comes after
 * the lock, so it sees what a transaction that held the lock before us committed.
 */
export async function lockBooking(tx: Tx, bookingId: string): Promise<LockedBooking | null> {
  await tx.$queryRaw`SELECT id FROM bookings WHERE id = ${bookingId}::uuid FOR UPDATE`;
  const [row] = await tx.$queryRaw<{ booking: Json; slot: Json; lesson: Json | null; successor: Json | null; successorLesson: Json | null }[]>`
    SELECT to_jsonb(b) AS booking, to_jsonb(s) AS slot, to_jsonb(l) AS lesson,
      to_jsonb(n) AS successor, to_jsonb(nl) AS "successorLesson"
    FROM bookings b
    JOIN slots s ON s.id = b.slot_id
    LEFT JOIN lessons l ON l.booking_id = b.id
    LEFT JOIN bookings n ON n.rescheduled_from_id = b.id
    LEFT JOIN lessons nl ON nl.booking_id = n.id
    WHERE b.id = ${bookingId}::uuid`;
  if (!row) return null;
  const successor = orNull<Booking>(row.successor);
  return {
    ...rowFromJson<Booking>(row.booking),
    slot: rowFromJson<Slot>(row.slot),
    lesson: orNull<Lesson>(row.lesson),
    rescheduledTo: successor ? { ...successor, lesson: orNull<Lesson>(row.successorLesson) } : null,
  };
}

/** Who may see and cancel a booking: its student, the slot's teacher, an admin. */
export function mayActOn(booking: LockedBooking, actor: Principal): boolean {
  return actor.role === "ADMIN" || booking.studentId === actor.id || booking.slot.teacherId === actor.id;
}
