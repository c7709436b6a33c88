import type { Db } from "@guitaronline/db";
import type { Clock } from "../clock.ts";

export interface BookingSettings {
  holdMinutes: number;
  refundWindowHours: number;
}

/** What the booking use-cases need: the database, the time, and the school's settings. */
export interface BookingContext {
  db: Db;
  clock: Clock;
  settings: BookingSettings;
}
