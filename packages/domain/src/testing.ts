import type { Db } from "@guitaronline/db";
import { systemClock, type Clock } from "./clock.ts";
import type { DomainDeps, SchoolSettings } from "./deps.ts";

/** The settings' defaults, as configuration gives them when nothing is set. */
const DEFAULT_SETTINGS: SchoolSettings = { holdMinutes: 10, refundWindowHours: 24, maxActiveHolds: 3 };

/** Use-case dependencies for a test that calls the domain directly. */
export function testDomainDeps(db: Db, clock: Clock = systemClock): DomainDeps {
  return { db, clock, settings: DEFAULT_SETTINGS };
}
