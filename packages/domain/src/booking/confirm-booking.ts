import type { Booking, Slot, Tx } from "@guitaronline/db";
import { consumeLesson } from "../billing/ledger.ts";
import type { DomainDeps } from "../deps.ts";
import { HoldExpired, InvalidTransition, NoActivePackage, NotFound } from "../errors.ts";
import { record } from "../events/record.ts";
import { SYSTEM } from "../identity/actor.ts";
import type { Principal } from "../identity/principal.ts";
import { keyedRequest, type Keyed } from "../idempotency.ts";
import { createLesson } from "../lessons/lesson-of-booking.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { changeOf } from "../state-machine.ts";
import { expireStaleHolds } from "./expire-holds.ts";
import { lockBooking } from "./lock-booking.ts";
import { holdHasExpired } from "./rules.ts";
import { BOOKING_TRANSITIONS } from "./transitions.ts";

/**
 * Confirms a hold in the caller's transaction (a confirmation, or the new half of a reschedule):
 * one lesson from the package expiring soonest, and exactly one Lesson, whose `lesson.created`
 * change the caller records with its own.
 */
export async function confirmHold(
  tx: Tx,
  now: Date,
  student: Principal,
  booking: Pick<Booking, "id" | "studentId">,
  slot: Pick<Slot, "teacherId" | "startsAt" | "endsAt">,
) {
  const pkg = await consumeLesson(tx, student.id, now);
  await tx.booking.update({ where: { id: booking.id }, data: { status: "CONFIRMED", packageId: pkg.id, confirmedAt: now } });
  const { lesson, created } = await createLesson(tx, student, booking, slot);
  return { pkg, lesson, lessonCreated: created };
}

/**
 * Turns the student's unexpired hold into a confirmed booking. Confirming a confirmed booking
 * returns it unchanged. A lapsed hold is marked EXPIRED (its slot reopens) before the refusal.
 */
export async function confirmBooking(deps: DomainDeps, student: Principal, input: { bookingId: string } & Keyed) {
  const { bookingId } = input;
  const now = deps.clock.now();
  return inOneTransaction(
    deps,
    async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      if (!booking || booking.studentId !== student.id) throw new NotFound("The booking");
      const change = changeOf(BOOKING_TRANSITIONS, booking.status, "CONFIRMED");
      if (change === "no-op") {
        return { id: booking.id, status: "CONFIRMED" as const, packageId: booking.packageId!, lessonId: booking.lesson!.id };
      }
      if (change === "refused") throw new InvalidTransition(`A booking that is ${booking.status.toLowerCase()} cannot be confirmed.`);
      if (holdHasExpired(booking.holdExpiresAt, now)) {
        await expireStaleHolds(tx, SYSTEM, now, { slotId: booking.slotId });
        throw new HoldExpired();
      }
      const { pkg, lesson, lessonCreated } = await confirmHold(tx, now, student, booking, booking.slot);
      const { slot } = booking;
      await record(tx, [
        lessonCreated,
        {
          actor: student,
          entity: { type: "booking", id: booking.id },
          audit: "booking.confirmed",
          metadata: { packageId: pkg.id, lessonId: lesson.id, lessonsLeft: pkg.lessonsLeft },
          events: [
            {
              type: "booking.confirmed",
              payload: { bookingId: booking.id, lessonId: lesson.id, studentId: student.id, teacherId: slot.teacherId, startsAt: slot.startsAt, endsAt: slot.endsAt },
            },
          ],
        },
      ]);
      return { id: booking.id, status: "CONFIRMED" as const, packageId: pkg.id, lessonId: lesson.id };
    },
    { keepWritesOn: [HoldExpired, NoActivePackage], idempotent: keyedRequest("booking.confirm", student, input) },
  );
}
