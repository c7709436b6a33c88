import "server-only";
import { connectRedis, createAuthRateLimits, slotChangeFeed, type ApiDeps } from "@guitaronline/api";
import { getConfig } from "@guitaronline/config";
import { systemClock } from "@guitaronline/domain";
import { createLogger, createProcedureMetrics } from "@guitaronline/observability";
import type { Redis } from "ioredis";
import { getDb, getReadDb } from "./db";
import { webMetrics } from "./metrics";

type WebDeps = ApiDeps & { redis?: Redis };

const SHARED = Symbol.for("guitaronline.web.deps");

/** Everything the API needs in this process, made once whichever route asks first. */
export function apiDeps(): WebDeps {
  const holder = globalThis as typeof globalThis & { [SHARED]?: WebDeps };
  if (holder[SHARED]) return holder[SHARED];
  const config = getConfig();
  const log = createLogger({ app: "web" });
  const redis = config.REDIS_URL ? connectRedis(config.REDIS_URL, log) : undefined;
  holder[SHARED] = {
    db: getDb(),
    readDb: getReadDb(),
    config,
    clock: systemClock,
    log,
    redis,
    rateLimits: createAuthRateLimits(config, redis),
    procedureMetrics: createProcedureMetrics(webMetrics().registry),
    slotChanges: slotChangeFeed(config.DATABASE_URL, log),
  };
  return holder[SHARED];
}
