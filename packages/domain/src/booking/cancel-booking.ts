import type { Tx } from "@guitaronline/db";
import { returnLesson } from "../billing/ledger.ts";
import type { DomainDeps } from "../deps.ts";
import { InvalidTransition, NotFound } from "../errors.ts";
import { record } from "../events/record.ts";
import type { Principal } from "../identity/principal.ts";
import { keyedRequest, type Keyed } from "../idempotency.ts";
import { cancelLesson } from "../lessons/lesson-of-booking.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { changeOf } from "../state-machine.ts";
import { lockBooking, mayActOn, type LockedBooking } from "./lock-booking.ts";
import { lessonReturnsOnCancel } from "./rules.ts";
import { BOOKING_TRANSITIONS } from "./transitions.ts";

/**
 * Cancels a locked, active booking in the caller's transaction (a cancel, or the old half of a
 * reschedule): a hold just ends; a confirmed booking cancels its lesson and, by the refund
 * rule, returns it to the package.
 */
export async function cancelLocked(
  tx: Tx,
  { now, refundWindowHours }: { now: Date; refundWindowHours: number },
  actor: Principal,
  booking: LockedBooking,
  { reason, rescheduled = false }: { reason?: string; rescheduled?: boolean } = {},
) {
  if (changeOf(BOOKING_TRANSITIONS, booking.status, "CANCELED") !== "allowed") {
    throw new InvalidTransition(`A booking that is ${booking.status.toLowerCase()} cannot be canceled.`);
  }
  const { slot } = booking;
  let lessonReturned = false;
  if (booking.status === "CONFIRMED") {
    if (booking.lesson) await cancelLesson(tx, actor, booking.lesson);
    lessonReturned = lessonReturnsOnCancel({ startsAt: slot.startsAt, now, refundWindowHours, canceledBy: actor.role });
    if (lessonReturned && booking.packageId) await returnLesson(tx, booking.packageId, now);
  }
  const canceled = await tx.booking.update({
    where: { id: booking.id },
    data: { status: "CANCELED", canceledAt: now, canceledById: actor.id, cancelReason: reason ?? null, lessonReturned },
  });
  await record(tx, {
    actor,
    entity: { type: "booking", id: booking.id },
    audit: "booking.canceled",
    metadata: { lessonReturned, previousStatus: booking.status, ...(reason ? { reason } : {}) },
    events: [
      {
        type: "booking.canceled",
        payload: {
          bookingId: booking.id,
          studentId: booking.studentId,
          teacherId: slot.teacherId,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          lessonReturned,
          canceledBy: actor.role,
          wasConfirmed: booking.status === "CONFIRMED",
          rescheduled,
        },
      },
    ],
  });
  return canceled;
}

/**
 * Cancels a booking. Canceling a canceled booking returns it unchanged; someone else's booking
 * is NotFound, as if it did not exist.
 */
export async function cancelBooking(deps: DomainDeps, actor: Principal, input: { bookingId: string; reason?: string } & Keyed) {
  const { bookingId, reason } = input;
  const now = deps.clock.now();
  return inOneTransaction(
    deps,
    async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      if (!booking || !mayActOn(booking, actor)) throw new NotFound("The booking");
      if (changeOf(BOOKING_TRANSITIONS, booking.status, "CANCELED") === "no-op") {
        return { id: booking.id, status: "CANCELED" as const, refunded: booking.lessonReturned };
      }
      const canceled = await cancelLocked(tx, { now, refundWindowHours: deps.settings.refundWindowHours }, actor, booking, { reason });
      return { id: canceled.id, status: "CANCELED" as const, refunded: canceled.lessonReturned };
    },
    { idempotent: keyedRequest("booking.cancel", actor, input) },
  );
}
