import type { TBookingSummary } from "@guitaronline/api/contracts";

/**
 * Whether the student canceling (or moving) this booking at `now` gets the lesson back. The server
 * decided when it listed the booking; the deadline keeps the answer true while the page stays open.
 */
export function returnsOnCancel(booking: TBookingSummary, now: Date): boolean {
  return booking.willReturnLesson && now.getTime() < booking.refundDeadline.getTime();
}

/** The school's refund window in whole hours, as the booking's deadline tells it. */
export function refundWindowHours(booking: TBookingSummary): number {
  return Math.round((booking.slot.startsAt.getTime() - booking.refundDeadline.getTime()) / 3_600_000);
}
