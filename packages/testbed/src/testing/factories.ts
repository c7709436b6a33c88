import { randomUUID } from "node:crypto";
import type { BookingStatus, Db, OutboxStatus, PaymentStatus, Role } from "@guitaronline/db";

const HOUR = 3_600_000;

/** The password test users are given and sign in with: long enough for the registration rules. */
export const TEST_PASSWORD = "correct horse battery";

/**
 * A user straight in the database. No password hashing by default (fast enough for hundreds);
 * a test that signs in or changes the password passes a hash it made once.
 */
export function aUserRow(
  db: Db,
  role: Role,
  { approved = true, locale = "en", passwordHash = "not-a-real-hash" }: { approved?: boolean; locale?: string; passwordHash?: string } = {},
) {
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID()}@example.com`,
      name: `${role.toLowerCase()} ${randomUUID().slice(0, 6)}`,
      passwordHash,
      role,
      teacherApproved: role === "TEACHER" && approved,
      timezone: "Europe/Berlin",
      locale,
    },
  });
}

export function aPackage(db: Db, studentId: string, { lessons = 10, expiresAt }: { lessons?: number; expiresAt?: Date } = {}) {
  return db.lessonPackage.create({
    data: {
      studentId,
      lessonsTotal: lessons,
      lessonsLeft: lessons,
      priceMinor: lessons * 2_500,
      currency: "EUR",
      expiresAt: expiresAt ?? new Date(Date.now() + 90 * 24 * HOUR),
    },
  });
}

/** A one-hour slot of `teacherId` starting `hoursFromNow` after `now`. */
export function aSlot(db: Db, teacherId: string, { hoursFromNow = 48, now = new Date() }: { hoursFromNow?: number; now?: Date } = {}) {
  const startsAt = new Date(now.getTime() + hoursFromNow * HOUR);
  return db.slot.create({ data: { teacherId, startsAt, endsAt: new Date(startsAt.getTime() + HOUR) } });
}

export const lessonsLeft = async (db: Db, packageId: string) =>
  (await db.lessonPackage.findUniqueOrThrow({ where: { id: packageId } })).lessonsLeft;

/** A booking row of `studentId` on `slotId`; a CONFIRMED one needs the package it consumed. */
export function aBooking(
  db: Db,
  { studentId, slotId, status = "HOLD", packageId, holdExpiresAt }: { studentId: string; slotId: string; status?: BookingStatus; packageId?: string; holdExpiresAt?: Date },
) {
  return db.booking.create({
    data: { studentId, slotId, status, packageId, holdExpiresAt: holdExpiresAt ?? new Date(Date.now() + HOUR / 6) },
  });
}

/**
 * A confirmed booking of the student's package on a slot of the teacher, and its scheduled
 * lesson: `hoursFromNow` below 0 makes a lesson that has begun.
 */
export async function aLesson(db: Db, { teacherId, studentId, packageId, hoursFromNow = 48 }: { teacherId: string; studentId: string; packageId: string; hoursFromNow?: number }) {
  const slot = await aSlot(db, teacherId, { hoursFromNow });
  const booking = await aBooking(db, { studentId, slotId: slot.id, status: "CONFIRMED", packageId });
  const lesson = await db.lesson.create({
    data: { bookingId: booking.id, teacherId, studentId, startsAt: slot.startsAt, endsAt: slot.endsAt },
  });
  return { slot, booking, lesson };
}

export function aPayment(db: Db, packageId: string, { status = "PENDING", amountMinor = 25_000 }: { status?: PaymentStatus; amountMinor?: number } = {}) {
  const paidAt = status === "SUCCEEDED" || status === "REFUNDED" ? new Date() : null;
  return db.payment.create({ data: { packageId, amountMinor, currency: "EUR", status, paidAt, idempotencyKey: randomUUID() } });
}

/** An outbox event telling `studentId` of a payment; FAILED makes it a dead letter. */
export function anOutboxEvent(db: Db, studentId: string, { status = "PENDING" }: { status?: OutboxStatus } = {}) {
  const paymentId = randomUUID();
  return db.outboxEvent.create({
    data: {
      type: "billing.payment.created",
      aggregateType: "payment",
      aggregateId: paymentId,
      payload: { paymentId, packageId: randomUUID(), studentId, amountMinor: 25_000, currency: "EUR" },
      status,
      attempts: status === "FAILED" ? 5 : 0,
    },
  });
}
