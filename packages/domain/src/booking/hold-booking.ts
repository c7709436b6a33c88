import { isUniqueViolation, type Booking, type Tx } from "@guitaronline/db";
import { expireOverdue } from "../billing/expire-packages.ts";
import { isOverdue, packageToConsume } from "../billing/package-rules.ts";
import type { DomainDeps } from "../deps.ts";
import { NoActivePackage, NotFound, SlotInPast, SlotUnavailable, TooManyHolds } from "../errors.ts";
import { record } from "../events/record.ts";
import { SYSTEM } from "../identity/actor.ts";
import type { Principal } from "../identity/principal.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { expireStaleHolds } from "./expire-holds.ts";
import { readHoldContext } from "./hold-context.ts";
import { holdExpiresAt, holdHasExpired, holdsAllowed, slotStartsInFuture } from "./rules.ts";

export interface HoldRequest {
  slotId: string;
  /**
   * The same key from the same student returns the booking the first request made, as it is now.
   * Kept on the booking itself, not in idempotent_requests: that answer is the booking's present
   * state, and clients already rely on it.
   */
  idempotencyKey?: string;
}

const heldView = (booking: Pick<Booking, "id" | "status" | "slotId" | "holdExpiresAt">) => ({
  id: booking.id,
  status: booking.status,
  slotId: booking.slotId,
  holdExpiresAt: booking.holdExpiresAt,
});

export interface HoldRules {
  now: Date;
  holdMinutes: number;
  maxActiveHolds: number;
}

/**
 * Holds an open, future slot for a student with a usable package, in the caller's transaction
 * (a hold, or the new half of a reschedule). Everything the rules ask is read in one statement;
 * what has lapsed on the way (a package past its expiry, a stale hold on the slot) is marked
 * EXPIRED only when that read finds it. The database's one-active-booking-per-slot index still
 * refuses a slot someone else holds. `holdUntil` keeps a moved hold's expiry: rescheduling
 * never renews a hold.
 */
export async function placeHold(
  tx: Tx,
  { now, holdMinutes, maxActiveHolds }: HoldRules,
  student: Principal,
  { slotId, idempotencyKey, rescheduledFromId, holdUntil }: HoldRequest & { rescheduledFromId?: string; holdUntil?: Date },
) {
  // Two holds racing from one student are counted one after the other, never both against the
  // same count. A move frees the slot it leaves in the same transaction: only new holds count.
  if (!rescheduledFromId) await tx.$queryRaw`SELECT id FROM users WHERE id = ${student.id}::uuid FOR UPDATE`;
  const { slot, packages, activeHolds, occupant } = await readHoldContext(tx, student.id, slotId, now);
  if (!slot || slot.deletedAt) throw new NotFound("The slot");
  if (!slotStartsInFuture(slot.startsAt, now)) throw new SlotInPast();
  if (packages.some((pkg) => isOverdue(pkg, now))) await expireOverdue(tx, SYSTEM, now, { studentId: student.id });
  if (!packageToConsume(packages, now)) throw new NoActivePackage();
  if (!rescheduledFromId) {
    const lessonsLeft = packages.filter((pkg) => !isOverdue(pkg, now)).reduce((sum, pkg) => sum + pkg.lessonsLeft, 0);
    const allowed = holdsAllowed({ maxActiveHolds, lessonsLeft });
    if (activeHolds >= allowed) throw new TooManyHolds(allowed);
  }
  if (occupant) {
    if (occupant.status !== "HOLD" || !holdHasExpired(occupant.holdExpiresAt, now)) throw new SlotUnavailable();
    await expireStaleHolds(tx, SYSTEM, now, { slotId });
  }
  const booking = await tx.booking.create({
    data: {
      studentId: student.id,
      slotId,
      status: "HOLD",
      holdExpiresAt: holdUntil ?? holdExpiresAt(now, holdMinutes),
      idempotencyKey: idempotencyKey ?? null,
      rescheduledFromId: rescheduledFromId ?? null,
    },
  });
  return { booking, slot };
}

/**
 * Holds a slot; nothing is consumed yet. Races are decided by the database: the loser gets
 * SlotUnavailable, never a second booking. Packages found overdue on the way stay EXPIRED.
 */
export async function holdBooking(deps: DomainDeps, student: Principal, { slotId, idempotencyKey }: HoldRequest) {
  const earlierWithKey = (db: Tx) =>
    idempotencyKey ? db.booking.findUnique({ where: { studentId_idempotencyKey: { studentId: student.id, idempotencyKey } } }) : null;
  const now = deps.clock.now();
  try {
    return await inOneTransaction(
      deps,
      async (tx) => {
        const earlier = await earlierWithKey(tx);
        if (earlier) return heldView(earlier);
        const { booking, slot } = await placeHold(tx, { now, ...deps.settings }, student, { slotId, idempotencyKey });
        await record(tx, {
          actor: student,
          entity: { type: "booking", id: booking.id },
          audit: "booking.held",
          metadata: { slotId },
          events: [
            {
              type: "booking.held",
              payload: { bookingId: booking.id, slotId, studentId: student.id, teacherId: slot.teacherId, holdExpiresAt: booking.holdExpiresAt },
            },
          ],
        });
        return heldView(booking);
      },
      { keepWritesOn: [NoActivePackage] },
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent request with the same key won: answer with its booking.
    const sameKey = await earlierWithKey(deps.db);
    if (sameKey) return heldView(sameKey);
    throw new SlotUnavailable();
  }
}
