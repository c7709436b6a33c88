import type { AppConfig } from "@guitaronline/config";
import type { Db } from "@guitaronline/db";
import { schoolSettings, type Clock, type DomainDeps } from "@guitaronline/domain";
import type { Logger, ProcedureMetrics } from "@guitaronline/observability";
import type { SlotChangeFeed } from "./live/slot-changes.ts";
import type { AuthRateLimits } from "./rate-limit/auth-limits.ts";

/** What the API needs from the process that hosts it (web, or a test). */
export interface ApiDeps {
  db: Db;
  /** The read replica for the admin read models (DATABASE_READ_URL), when configured. */
  readDb?: Db;
  config: AppConfig;
  rateLimits: AuthRateLimits;
  log: Logger;
  clock: Clock;
  procedureMetrics?: ProcedureMetrics;
  /** The process's one LISTEN for slot changes, which every scheduling.onSlotChange shares. */
  slotChanges: SlotChangeFeed;
}

/** The use-cases' dependencies, from the API's: built once per request. */
export function domainDeps({ db, readDb, clock, config }: Pick<ApiDeps, "db" | "readDb" | "clock" | "config">): DomainDeps {
  return { db, readDb, clock, settings: schoolSettings(config) };
}
