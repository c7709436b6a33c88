import type { Role, Tx } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import { packageToConsume, statusForLessonsLeft } from "../billing/package-rules.ts";
import { InvalidTransition, NoActivePackage } from "../errors.ts";
import { emit } from "../outbox.ts";
import { recordSystemChanges } from "../system-changes.ts";
import { lessonReturnsOnCancel } from "./rules.ts";

/** Locks the booking row for the rest of the transaction and reads it with what rules need. */
export async function lockBooking(tx: Tx, bookingId: string) {
  await tx.$queryRaw`SELECT id FROM bookings WHERE id = ${bookingId}::uuid FOR UPDATE`;
  return tx.booking.findUnique({
    where: { id: bookingId },
    include: { slot: true, lesson: true, rescheduledTo: { include: { lesson: true } } },
  });
}

export type LockedBooking = NonNullable<Awaited<ReturnType<typeof lockBooking>>>;

/** Expired holds still occupy their slot until marked: mark them, so the slot reopens. */
export async function expireStaleHolds(tx: Tx, now: Date, where: { slotId?: string } = {}): Promise<number> {
  const stale = await tx.$queryRaw<{ id: string; slot_id: string; student_id: string }[]>`
    UPDATE bookings SET status = 'EXPIRED', updated_at = ${now}
    WHERE id IN (
      SELECT id FROM bookings
      WHERE status = 'HOLD' AND hold_expires_at <= ${now}
        AND (${where.slotId ?? null}::uuid IS NULL OR slot_id = ${where.slotId ?? null}::uuid)
      LIMIT 500
      FOR UPDATE SKIP LOCKED)
    RETURNING id, slot_id, student_id`;
  await recordSystemChanges(
    tx,
    { type: "booking.hold_expired", entityType: "booking" },
    stale.map((booking) => ({
      id: booking.id,
      payload: { bookingId: booking.id, slotId: booking.slot_id, studentId: booking.student_id },
    })),
  );
  return stale.length;
}

/** Takes one lesson from the student's package expiring soonest, locking it first. */
export async function consumeLesson(tx: Tx, studentId: string, now: Date) {
  await tx.$queryRaw`SELECT id FROM lesson_packages WHERE student_id = ${studentId}::uuid AND status = 'ACTIVE' FOR UPDATE`;
  const packages = await tx.lessonPackage.findMany({ where: { studentId, status: "ACTIVE" } });
  const chosen = packageToConsume(packages, now);
  if (!chosen) throw new NoActivePackage();
  const lessonsLeft = chosen.lessonsLeft - 1;
  return tx.lessonPackage.update({
    where: { id: chosen.id },
    data: { lessonsLeft, status: statusForLessonsLeft(chosen, lessonsLeft, now) },
  });
}

/** Gives a lesson back to its package (ACTIVE again if it was depleted and has not expired). */
async function returnLesson(tx: Tx, packageId: string, now: Date) {
  await tx.$queryRaw`SELECT id FROM lesson_packages WHERE id = ${packageId}::uuid FOR UPDATE`;
  const pkg = await tx.lessonPackage.findUniqueOrThrow({ where: { id: packageId } });
  const lessonsLeft = Math.min(pkg.lessonsTotal, pkg.lessonsLeft + 1);
  await tx.lessonPackage.update({ where: { id: packageId }, data: { lessonsLeft, status: statusForLessonsLeft(pkg, lessonsLeft, now) } });
}

/** The one lesson of a confirmed booking. */
export async function createLesson(tx: Tx, booking: { id: string; studentId: string }, slot: { teacherId: string; startsAt: Date; endsAt: Date }) {
  const lesson = await tx.lesson.create({
    data: { bookingId: booking.id, teacherId: slot.teacherId, studentId: booking.studentId, startsAt: slot.startsAt, endsAt: slot.endsAt },
  });
  await emit(tx, {
    type: "lesson.created",
    aggregateType: "lesson",
    aggregateId: lesson.id,
    payload: { lessonId: lesson.id, bookingId: booking.id, studentId: lesson.studentId, teacherId: lesson.teacherId, startsAt: lesson.startsAt.toISOString() },
  });
  return lesson;
}

/**
 * Cancels an active booking (the shared half of cancel and reschedule): a hold just ends; a
 * confirmed booking cancels its lesson and, by the refund rule, returns it to the package.
 */
export async function releaseBooking(
  tx: Tx,
  booking: LockedBooking,
  actor: { id: string; role: Role },
  { now, refundWindowHours, reason }: { now: Date; refundWindowHours: number; reason?: string },
) {
  if (booking.status !== "HOLD" && booking.status !== "CONFIRMED") {
    throw new InvalidTransition(`A booking that is ${booking.status.toLowerCase()} cannot be canceled.`);
  }
  let lessonReturned = false;
  if (booking.status === "CONFIRMED") {
    const lesson = booking.lesson;
    if (lesson && lesson.status !== "SCHEDULED") throw new InvalidTransition("A lesson that has taken place cannot be canceled.");
    lessonReturned = lessonReturnsOnCancel({ startsAt: booking.slot.startsAt, now, refundWindowHours, canceledBy: actor.role });
    if (lesson) {
      await tx.lesson.update({ where: { id: lesson.id }, data: { status: "CANCELED" } });
      await emit(tx, {
        type: "lesson.canceled",
        aggregateType: "lesson",
        aggregateId: lesson.id,
        payload: { lessonId: lesson.id, bookingId: booking.id, studentId: lesson.studentId, teacherId: lesson.teacherId },
      });
    }
    if (lessonReturned && booking.packageId) await returnLesson(tx, booking.packageId, now);
  }
  const canceled = await tx.booking.update({
    where: { id: booking.id },
    data: { status: "CANCELED", canceledAt: now, canceledById: actor.id, cancelReason: reason ?? null, lessonReturned },
  });
  await writeAudit(tx, {
    actorId: actor.id,
    action: "booking.canceled",
    entityType: "booking",
    entityId: booking.id,
    metadata: { lessonReturned, previousStatus: booking.status, ...(reason ? { reason } : {}) },
  });
  await emit(tx, {
    type: "booking.canceled",
    aggregateType: "booking",
    aggregateId: booking.id,
    payload: {
      bookingId: booking.id,
      studentId: booking.studentId,
      teacherId: booking.slot.teacherId,
      startsAt: booking.slot.startsAt.toISOString(),
      endsAt: booking.slot.endsAt.toISOString(),
      lessonReturned,
      canceledBy: actor.role,
    },
  });
  return canceled;
}
