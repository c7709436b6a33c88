import type { Logger } from "@guitaronline/observability";
import { Redis } from "ioredis";

/**
 * A Redis connection that fails fast instead of queueing while Redis is away, so the callers
 * that need it (the rate limiter) can fail closed and everything else carries on.
 */
export function connectRedis(url: string, log?: Logger): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 1_000,
    commandTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  // Reconnection is automatic; say so once per outage rather than on every retry.
  let reported = false;
  redis.on("error", (error) => {
    if (!reported) log?.warn("redis unavailable", { error });
    reported = true;
  });
  redis.on("ready", () => {
    if (reported) log?.info("redis available again");
    reported = false;
  });
  return redis;
}

/** Whether Redis answers PING within `timeoutMs`. */
export async function redisAnswers(redis: Redis, timeoutMs = 1_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      redis.ping().then((reply) => reply === "PONG"),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
