import type { OutboxMessage } from "../events/catalog.ts";

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * How long to wait before attempt `attempts + 1`: exponential (2 s, 4 s, 8 s, … capped at an
 * hour) with ±50% jitter, so failed events from one outage do not all return at once.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.5 + random()));
}

/** After a failure that makes `attempts` in all: dead-letter once the retries are used up. */
export function isDeadLetter(attempts: number, maxRetries: number): boolean {
  return attempts >= maxRetries;
}

const EMAILED_TYPES = ["booking.confirmed", "booking.canceled", "booking.rescheduled"] as const;

/** Events worth an e-mail; the rest are in-app only. */
export type EmailedEvent = Extract<OutboxMessage, { type: (typeof EMAILED_TYPES)[number] }>;

/**
 * Mail is about lessons: a hold released or moved, never confirmed, is told in-app only. A lesson
 * moved is one e-mail (its invitation moves the calendar entry), not a cancel and a new booking.
 */
export function isEmailed(event: OutboxMessage): event is EmailedEvent {
  if (event.type === "booking.canceled") return event.payload.wasConfirmed && !event.payload.rescheduled;
  if (event.type === "booking.rescheduled") return event.payload.confirmed;
  return (EMAILED_TYPES as readonly string[]).includes(event.type);
}

/** Who hears of an event: the student it concerns, and the teacher when it names one. */
export function recipientsOf(event: OutboxMessage): string[] {
  const { payload } = event;
  return [...new Set([payload.studentId, ...("teacherId" in payload ? [payload.teacherId] : [])])];
}
