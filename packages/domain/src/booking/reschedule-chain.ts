import type { Db } from "@guitaronline/db";

/**
 * Where a booking stands in its chain of reschedules: the first booking of the chain, and how
 * many moves led from it to this one. Bookings are never re-linked, so both stay the same for a
 * booking whenever they are read. A booking not (or no longer) stored is a chain of its own.
 */
export async function rescheduleChainOf(db: Db, bookingId: string): Promise<{ firstBookingId: string; moves: number }> {
  const [first] = await db.$queryRaw<{ id: string; moves: number }[]>`
    WITH RECURSIVE chain (id, from_id, moves) AS (
      SELECT id, rescheduled_from_id, 0 FROM bookings WHERE id = ${bookingId}::uuid
      UNION ALL
      SELECT b.id, b.rescheduled_from_id, chain.moves + 1 FROM bookings b JOIN chain ON b.id = chain.from_id
    )
    SELECT id::text, moves FROM chain ORDER BY moves DESC LIMIT 1`;
  return first ? { firstBookingId: first.id, moves: Number(first.moves) } : { firstBookingId: bookingId, moves: 0 };
}
