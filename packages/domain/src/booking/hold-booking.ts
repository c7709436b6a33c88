import { inTransaction, isUniqueViolation, type BookingStatus } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import { expireOverduePackages } from "../billing/expire-packages.ts";
import { packageToConsume } from "../billing/package-rules.ts";
import { NoActivePackage, NotFound, SlotInPast, SlotUnavailable } from "../errors.ts";
import type { Principal } from "../identity/principal.ts";
import { emit } from "../outbox.ts";
import type { BookingContext } from "./context.ts";
import { expireStaleHolds } from "./internals.ts";
import { holdExpiresAt, slotStartsInFuture } from "./rules.ts";

export interface HoldRequest {
  slotId: string;
  /** The same key from the same student returns the booking the first request made. */
  idempotencyKey?: string;
}

const heldView = (booking: { id: string; status: BookingStatus; slotId: string; holdExpiresAt: Date }) => ({
  id: booking.id,
  status: booking.status,
  slotId: booking.slotId,
  holdExpiresAt: booking.holdExpiresAt,
});

/**
 * Holds an open, future slot for a student with a usable package; nothing is consumed yet.
 * The database's one-active-booking-per-slot index decides races: the loser gets
 * SlotUnavailable, never a second booking.
 */
export async function holdBooking(ctx: BookingContext, student: Principal, { slotId, idempotencyKey }: HoldRequest) {
  const findByKey = () =>
    idempotencyKey
      ? ctx.db.booking.findUnique({ where: { studentId_idempotencyKey: { studentId: student.id, idempotencyKey } } })
      : null;
  const earlier = await findByKey();
  if (earlier) return heldView(earlier);

  await expireOverduePackages(ctx.db, ctx.clock, { studentId: student.id });
  const now = ctx.clock.now();
  try {
    return await inTransaction(ctx.db, async (tx) => {
      const slot = await tx.slot.findUnique({ where: { id: slotId } });
      if (!slot || slot.deletedAt) throw new NotFound("The slot");
      if (!slotStartsInFuture(slot.startsAt, now)) throw new SlotInPast();
      const packages = await tx.lessonPackage.findMany({ where: { studentId: student.id, status: "ACTIVE" } });
      if (!packageToConsume(packages, now)) throw new NoActivePackage();
      await expireStaleHolds(tx, now, { slotId });
      const booking = await tx.booking.create({
        data: {
          studentId: student.id,
          slotId,
          status: "HOLD",
          holdExpiresAt: holdExpiresAt(now, ctx.settings.holdMinutes),
          idempotencyKey: idempotencyKey ?? null,
        },
      });
      await writeAudit(tx, { actorId: student.id, action: "booking.held", entityType: "booking", entityId: booking.id, metadata: { slotId } });
      await emit(tx, {
        type: "booking.held",
        aggregateType: "booking",
        aggregateId: booking.id,
        payload: { bookingId: booking.id, slotId, studentId: student.id, teacherId: slot.teacherId, holdExpiresAt: booking.holdExpiresAt.toISOString() },
      });
      return heldView(booking);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent request with the same key won: answer with its booking.
    const sameKey = await findByKey();
    if (sameKey) return heldView(sameKey);
    throw new SlotUnavailable();
  }
}
