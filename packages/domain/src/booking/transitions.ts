import type { BookingStatus } from "@guitaronline/db";
import type { Transitions } from "../state-machine.ts";

/**
 * A hold is confirmed, canceled or lapses (EXPIRED); a confirmed booking can still be canceled
 * (a reschedule cancels it too). CANCELED and EXPIRED are final.
 */
export const BOOKING_TRANSITIONS: Transitions<BookingStatus> = {
  HOLD: ["CONFIRMED", "CANCELED", "EXPIRED"],
  CONFIRMED: ["CANCELED"],
  CANCELED: [],
  EXPIRED: [],
};
