import type { AppConfig } from "@guitaronline/config";
import type { Db } from "@guitaronline/db";
import type { Clock } from "@guitaronline/domain";
import type { Logger, ProcedureMetrics } from "@guitaronline/observability";
import type { AuthRateLimits } from "./rate-limit/auth-limits.ts";

/** What the API needs from the process that hosts it (web, or a test). */
export interface ApiDeps {
  db: Db;
  config: AppConfig;
  rateLimits: AuthRateLimits;
  log: Logger;
  clock: Clock;
  procedureMetrics?: ProcedureMetrics;
}
