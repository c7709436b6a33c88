import { Ratelimit } from "@upstash/ratelimit";
import type { Redis as UpstashRedis } from "@upstash/redis";
import type { RateLimiter } from "./limiter.ts";

export interface WindowLimit {
  /** Distinguishes the budgets that share one Redis (registration, sign-in by IP, …). */
  prefix: string;
  requests: number;
  windowSeconds: number;
}

/** A sliding-window limiter from @upstash/ratelimit on anything that speaks its Redis subset. */
export function upstashLimiter(redis: Pick<UpstashRedis, "evalsha" | "eval">, limit: WindowLimit): RateLimiter {
  const ratelimit = new Ratelimit({
    redis: redis as UpstashRedis,
    limiter: Ratelimit.slidingWindow(limit.requests, `${limit.windowSeconds} s`),
    prefix: `guitaronline:ratelimit:${limit.prefix}`,
    // 0 turns off the library's "let it through after a timeout": enforceLimit fails closed.
    timeout: 0,
    // Redis is the only judge, so every process sees the same budget at once.
    ephemeralCache: false,
  });
  return {
    async consume(key) {
      const { success, reset } = await ratelimit.limit(key);
      return { allowed: success, retryAfterSeconds: success ? 0 : Math.max(1, Math.ceil((reset - Date.now()) / 1000)) };
    },
  };
}
