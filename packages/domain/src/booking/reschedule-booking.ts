import { isUniqueViolation } from "@guitaronline/db";
import { expireOverdue } from "../billing/expire-packages.ts";
import type { DomainDeps } from "../deps.ts";
import { HoldExpired, InvalidTransition, NotFound, SlotUnavailable } from "../errors.ts";
import { record } from "../events/record.ts";
import { SYSTEM } from "../identity/actor.ts";
import type { Principal } from "../identity/principal.ts";
import { keyedRequest, type Keyed } from "../idempotency.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { changeOf } from "../state-machine.ts";
import { cancelLocked } from "./cancel-booking.ts";
import { confirmHold } from "./confirm-booking.ts";
import { placeHold } from "./hold-booking.ts";
import { lockBooking } from "./lock-booking.ts";
import { holdHasExpired } from "./rules.ts";
import { BOOKING_TRANSITIONS } from "./transitions.ts";

/**
 * Moves the student's booking to another slot: cancel + hold (+ confirm, for a confirmed
 * booking) in one transaction, through the same helpers as those use-cases, so the refund rule
 * and the hold rules apply as they do there. The two bookings are linked; a retry returns the
 * successor already made.
 */
export async function rescheduleBooking(
  deps: DomainDeps,
  student: Principal,
  input: { bookingId: string; newSlotId: string } & Keyed,
) {
  const { bookingId, newSlotId } = input;
  const now = deps.clock.now();
  try {
    return await inOneTransaction(deps, async (tx) => {
      const old = await lockBooking(tx, bookingId);
      if (!old || old.studentId !== student.id) throw new NotFound("The booking");
      if (old.rescheduledTo) {
        const successor = old.rescheduledTo;
        return { id: successor.id, status: successor.status, rescheduledFromId: old.id, lessonId: successor.lesson?.id ?? null };
      }
      if (changeOf(BOOKING_TRANSITIONS, old.status, "CANCELED") !== "allowed") {
        throw new InvalidTransition(`A booking that is ${old.status.toLowerCase()} cannot be rescheduled.`);
      }
      if (old.status === "HOLD" && holdHasExpired(old.holdExpiresAt, now)) throw new HoldExpired();
      if (newSlotId === old.slotId) throw new InvalidTransition("The booking is already on this slot.");

      await expireOverdue(tx, SYSTEM, now, { studentId: student.id });
      await cancelLocked(tx, { now, refundWindowHours: deps.settings.refundWindowHours }, student, old, { reason: "rescheduled", rescheduled: true });
      const { booking, slot } = await placeHold(tx, { now, ...deps.settings }, student, {
        slotId: newSlotId,
        rescheduledFromId: old.id,
        holdUntil: old.status === "HOLD" ? old.holdExpiresAt : undefined,
      });
      const confirmed = old.status === "CONFIRMED" ? await confirmHold(tx, now, student, booking, slot) : undefined;
      await record(tx, [
        ...(confirmed ? [confirmed.lessonCreated] : []),
        {
          actor: student,
          entity: { type: "booking", id: booking.id },
          audit: "booking.rescheduled",
          metadata: { rescheduledFromId: old.id, fromSlotId: old.slotId, toSlotId: newSlotId },
          events: [
            {
              type: "booking.rescheduled",
              payload: {
                bookingId: booking.id,
                rescheduledFromId: old.id,
                studentId: student.id,
                teacherId: slot.teacherId,
                startsAt: slot.startsAt,
                endsAt: slot.endsAt,
                confirmed: Boolean(confirmed),
              },
            },
          ],
        },
      ]);
      return {
        id: booking.id,
        status: confirmed ? ("CONFIRMED" as const) : booking.status,
        rescheduledFromId: old.id,
        lessonId: confirmed?.lesson.id ?? null,
      };
    }, { idempotent: keyedRequest("booking.reschedule", student, input) });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlotUnavailable();
    throw error;
  }
}
