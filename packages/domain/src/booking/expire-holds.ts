import type { Tx } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { recordEach } from "../events/record.ts";
import type { Actor } from "../identity/actor.ts";
import { expireAll, markLapsed } from "../lapse.ts";

/**
 * Expired holds still occupy their slot until marked: marks them EXPIRED (all, or the one on a
 * slot) in the caller's transaction, so the slot reopens.
 */
export async function expireStaleHolds(tx: Tx, actor: Actor, now: Date, { slotId }: { slotId?: string } = {}): Promise<number> {
  const stale = await markLapsed<{ id: string; slot_id: string; student_id: string }>(tx, "holds", now, slotId);
  await recordEach(
    tx,
    actor,
    { type: "booking.hold_expired", entityType: "booking" },
    stale.map((booking) => ({ id: booking.id, payload: { bookingId: booking.id, slotId: booking.slot_id, studentId: booking.student_id } })),
  );
  return stale.length;
}

/** Every hold past its expiry becomes EXPIRED and its slot reopens (worker schedule, admin action). */
export const expireHolds = (deps: DomainDeps, actor: Actor, _input: Record<string, never> = {}) => expireAll(deps, actor, expireStaleHolds, { action: "admin.holds.expired", entityType: "booking" });
