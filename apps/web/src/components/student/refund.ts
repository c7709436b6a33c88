"use client";

import type { TBookingSummary } from "@guitaronline/api/contracts";
import { useNow } from "next-intl";
import type { ZonedFormat } from "@/lib/use-zoned-time";

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

/**
 * What canceling or moving the booking now does to the student's lesson: nothing to lose (a hold),
 * the lesson returned, or the lesson lost; kept current while a dialog stays open.
 */
export function useCancelOutcome(booking: TBookingSummary): { outcome: "hold" | "returned" | "lost"; hours: number } {
  const now = useNow({ updateInterval: 10_000 });
  const outcome = booking.status === "HOLD" ? "hold" : returnsOnCancel(booking, now) ? "returned" : "lost";
  return { outcome, hours: refundWindowHours(booking) };
}

/** What both booking dialogs (cancel, reschedule) are given. */
export interface BookingDialogProps {
  booking: TBookingSummary;
  time: ZonedFormat;
  pending: boolean;
  error: unknown;
  onClose: () => void;
}
