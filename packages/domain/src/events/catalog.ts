import { z } from "zod";

const id = z.uuid();
/** An instant: a Date for writers and the worker, an ISO string in the stored JSON. */
const instant = z.codec(z.iso.datetime(), z.date(), {
  decode: (iso) => new Date(iso),
  encode: (date) => date.toISOString(),
});
const role = z.enum(["STUDENT", "TEACHER", "ADMIN"]);
const paymentStatus = z.enum(["PENDING", "SUCCEEDED", "FAILED", "REFUNDED"]);

const lessonEvent = z.object({ lessonId: id, bookingId: id, studentId: id, teacherId: id });
const lessonTimes = { startsAt: instant, endsAt: instant };
// Every payment change tells the student who owns the package.
const paymentChange = z.object({
  paymentId: id,
  packageId: id,
  studentId: id,
  from: paymentStatus,
  to: paymentStatus,
  amountMinor: z.number().int(),
  currency: z.string(),
});

/**
 * Every outbox event and its payload. Writers and the worker both go through this catalog, so
 * an event written without its recipient does not compile, and one read without it is refused.
 */
export const OUTBOX_EVENTS = {
  "booking.held": z.object({ bookingId: id, slotId: id, studentId: id, teacherId: id, holdExpiresAt: instant }),
  "booking.confirmed": z.object({ bookingId: id, lessonId: id, studentId: id, teacherId: id, ...lessonTimes }),
  "booking.canceled": z.object({
    bookingId: id,
    studentId: id,
    teacherId: id,
    ...lessonTimes,
    lessonReturned: z.boolean(),
    canceledBy: role,
    // Whether a lesson was booked, or only a hold released; events written before it say booked.
    wasConfirmed: z.boolean().default(true),
    // The old half of a reschedule: its booking.rescheduled tells of the move. Older events say no.
    rescheduled: z.boolean().default(false),
  }),
  "booking.rescheduled": z.object({
    bookingId: id,
    rescheduledFromId: id,
    studentId: id,
    teacherId: id,
    ...lessonTimes,
    // Whether a lesson moved, or only a hold; events written before it say a lesson.
    confirmed: z.boolean().default(true),
  }),
  "booking.hold_expired": z.object({ bookingId: id, slotId: id, studentId: id }),
  "lesson.created": lessonEvent.extend({ startsAt: instant }),
  "lesson.canceled": lessonEvent,
  "lesson.completed": lessonEvent,
  "lesson.no_show": lessonEvent,
  "billing.package.created": z.object({ packageId: id, studentId: id, lessonsTotal: z.number().int() }),
  "billing.package.expired": z.object({ packageId: id, studentId: id, lessonsLeft: z.number().int() }),
  "billing.package.extended": z.object({ packageId: id, studentId: id, lessonsLeft: z.number().int(), expiresAt: instant }),
  "billing.payment.created": z.object({ paymentId: id, packageId: id, studentId: id, amountMinor: z.number().int(), currency: z.string() }),
  "billing.payment.succeeded": paymentChange,
  "billing.payment.failed": paymentChange,
  "billing.payment.pending": paymentChange,
  "billing.payment.refunded": paymentChange,
} as const;

export type OutboxEventType = keyof typeof OUTBOX_EVENTS;

/** The payload of an event of type `T` as writers give it and the worker reads it. */
export type EventPayload<T extends OutboxEventType> = z.output<(typeof OUTBOX_EVENTS)[T]>;

/** An event with its payload, one variant per type, so a check of `type` narrows `payload`. */
export type OutboxMessage = { [T in OutboxEventType]: { type: T; payload: EventPayload<T> } }[OutboxEventType];

export const isOutboxEventType = (type: string): type is OutboxEventType => Object.hasOwn(OUTBOX_EVENTS, type);
