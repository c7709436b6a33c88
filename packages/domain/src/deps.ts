import type { Db } from "@guitaronline/db";
import type { Clock } from "./clock.ts";

/** The school's rules that configuration can change. */
export interface SchoolSettings {
  holdMinutes: number;
  refundWindowHours: number;
  /** Holds a student may have at once; never more than their lessons left either. */
  maxActiveHolds: number;
}

/**
 * What every use-case receives first: the database, the time and the settings. Built once per
 * request by the API and once per tick by the worker; tests pass a fixed clock.
 */
export interface DomainDeps {
  db: Db;
  clock: Clock;
  settings: SchoolSettings;
  /** A read replica for the admin read models, when one is configured; they read `db` otherwise. */
  readDb?: Db;
}

export function schoolSettings(config: {
  BOOKING_HOLD_MINUTES: number;
  BOOKING_REFUND_WINDOW_HOURS: number;
  BOOKING_MAX_ACTIVE_HOLDS: number;
}): SchoolSettings {
  return {
    holdMinutes: config.BOOKING_HOLD_MINUTES,
    refundWindowHours: config.BOOKING_REFUND_WINDOW_HOURS,
    maxActiveHolds: config.BOOKING_MAX_ACTIVE_HOLDS,
  };
}
