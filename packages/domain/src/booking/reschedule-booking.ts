import { inTransaction, isUniqueViolation } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import { expireOverduePackages } from "../billing/expire-packages.ts";
import { HoldExpired, InvalidTransition, NotFound, SlotInPast, SlotUnavailable } from "../errors.ts";
import type { Principal } from "../identity/principal.ts";
import { emit } from "../outbox.ts";
import type { BookingContext } from "./context.ts";
import { consumeLesson, createLesson, expireStaleHolds, lockBooking, releaseBooking } from "./internals.ts";
import { holdExpiresAt, holdHasExpired, slotStartsInFuture } from "./rules.ts";

/**
 * Moves the student's booking to another slot in one transaction: the old one is canceled by
 * the usual refund rule, a new one with the same status is made on the new slot, and the two
 * are linked. A retry returns the successor already made.
 */
export async function rescheduleBooking(
  ctx: BookingContext,
  student: Principal,
  { bookingId, newSlotId }: { bookingId: string; newSlotId: string },
) {
  await expireOverduePackages(ctx.db, ctx.clock, { studentId: student.id });
  const now = ctx.clock.now();
  try {
    return await inTransaction(ctx.db, async (tx) => {
      const old = await lockBooking(tx, bookingId);
      if (!old || old.studentId !== student.id) throw new NotFound("The booking");
      if (old.rescheduledTo) {
        const successor = old.rescheduledTo;
        return { id: successor.id, status: successor.status, rescheduledFromId: old.id, lessonId: successor.lesson?.id ?? null };
      }
      if (old.status !== "HOLD" && old.status !== "CONFIRMED") {
        throw new InvalidTransition(`A booking that is ${old.status.toLowerCase()} cannot be rescheduled.`);
      }
      if (old.status === "HOLD" && holdHasExpired(old.holdExpiresAt, now)) throw new HoldExpired();
      if (newSlotId === old.slotId) throw new InvalidTransition("The booking is already on this slot.");
      const slot = await tx.slot.findUnique({ where: { id: newSlotId } });
      if (!slot || slot.deletedAt) throw new NotFound("The slot");
      if (!slotStartsInFuture(slot.startsAt, now)) throw new SlotInPast();

      await expireStaleHolds(tx, now, { slotId: newSlotId });
      await releaseBooking(tx, old, student, { now, refundWindowHours: ctx.settings.refundWindowHours, reason: "rescheduled" });
      const confirmed = old.status === "CONFIRMED";
      const pkg = confirmed ? await consumeLesson(tx, student.id, now) : undefined;
      const successor = await tx.booking.create({
        data: {
          studentId: student.id,
          slotId: newSlotId,
          status: old.status,
          holdExpiresAt: confirmed ? now : holdExpiresAt(now, ctx.settings.holdMinutes),
          packageId: pkg?.id ?? null,
          confirmedAt: confirmed ? now : null,
          rescheduledFromId: old.id,
        },
      });
      const lesson = confirmed ? await createLesson(tx, successor, slot) : undefined;
      await writeAudit(tx, {
        actorId: student.id,
        action: "booking.rescheduled",
        entityType: "booking",
        entityId: successor.id,
        metadata: { rescheduledFromId: old.id, fromSlotId: old.slotId, toSlotId: newSlotId },
      });
      await emit(tx, {
        type: "booking.rescheduled",
        aggregateType: "booking",
        aggregateId: successor.id,
        payload: {
          bookingId: successor.id,
          rescheduledFromId: old.id,
          studentId: student.id,
          teacherId: slot.teacherId,
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
        },
      });
      return { id: successor.id, status: successor.status, rescheduledFromId: old.id, lessonId: lesson?.id ?? null };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlotUnavailable();
    throw error;
  }
}
