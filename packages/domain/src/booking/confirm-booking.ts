import { inTransaction } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import { expireOverduePackages } from "../billing/expire-packages.ts";
import { HoldExpired, InvalidTransition, NotFound } from "../errors.ts";
import type { Principal } from "../identity/principal.ts";
import { emit } from "../outbox.ts";
import type { BookingContext } from "./context.ts";
import { consumeLesson, createLesson, expireStaleHolds, lockBooking } from "./internals.ts";
import { holdHasExpired } from "./rules.ts";

/**
 * Turns the student's unexpired hold into a confirmed booking: one lesson from the package
 * expiring soonest, and exactly one Lesson. Confirming a confirmed booking returns it unchanged.
 */
export async function confirmBooking(ctx: BookingContext, student: Principal, { bookingId }: { bookingId: string }) {
  await expireOverduePackages(ctx.db, ctx.clock, { studentId: student.id });
  const now = ctx.clock.now();
  const outcome = await inTransaction(ctx.db, async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (!booking || booking.studentId !== student.id) throw new NotFound("The booking");
    if (booking.status === "CONFIRMED") {
      return { confirmed: { id: booking.id, status: booking.status, packageId: booking.packageId!, lessonId: booking.lesson!.id } };
    }
    if (booking.status !== "HOLD") throw new InvalidTransition(`A booking that is ${booking.status.toLowerCase()} cannot be confirmed.`);
    if (holdHasExpired(booking.holdExpiresAt, now)) {
      // Persist the expiry (the slot reopens), then refuse once the transaction has committed.
      await expireStaleHolds(tx, now, { slotId: booking.slotId });
      return { holdExpired: true as const };
    }
    const pkg = await consumeLesson(tx, student.id, now);
    await tx.booking.update({ where: { id: booking.id }, data: { status: "CONFIRMED", packageId: pkg.id, confirmedAt: now } });
    const lesson = await createLesson(tx, booking, booking.slot);
    await writeAudit(tx, {
      actorId: student.id,
      action: "booking.confirmed",
      entityType: "booking",
      entityId: booking.id,
      metadata: { packageId: pkg.id, lessonId: lesson.id, lessonsLeft: pkg.lessonsLeft },
    });
    await emit(tx, {
      type: "booking.confirmed",
      aggregateType: "booking",
      aggregateId: booking.id,
      payload: {
        bookingId: booking.id,
        lessonId: lesson.id,
        studentId: student.id,
        teacherId: booking.slot.teacherId,
        startsAt: booking.slot.startsAt.toISOString(),
        endsAt: booking.slot.endsAt.toISOString(),
      },
    });
    return { confirmed: { id: booking.id, status: "CONFIRMED" as const, packageId: pkg.id, lessonId: lesson.id } };
  });
  if ("holdExpired" in outcome) throw new HoldExpired();
  return outcome.confirmed;
}
