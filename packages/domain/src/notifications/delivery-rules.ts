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

/** Events worth an e-mail; the rest are in-app only. */
export const EMAILED_EVENTS = new Set(["booking.confirmed", "booking.canceled", "booking.rescheduled"]);

/** Who hears of an event: the student and the teacher it names (payment events: the buyer). */
export function recipientsOf(payload: Record<string, unknown>): string[] {
  const ids = [payload.studentId, payload.teacherId].filter((id): id is string => typeof id === "string");
  return [...new Set(ids)];
}
