import type { AppConfig } from "@guitaronline/config";
import { TemporarilyUnavailable } from "@guitaronline/domain";
import { Redis as UpstashRedis } from "@upstash/redis";
import type { Redis } from "ioredis";
import { rateLimitKey } from "./client-ip.ts";
import { upstashCommandsOverIoredis } from "./ioredis-adapter.ts";
import { enforceLimit, type RateLimiter } from "./limiter.ts";
import { memoryLimiter } from "./memory-limiter.ts";
import { upstashLimiter, type WindowLimit } from "./upstash-limiter.ts";

/**
 * The API's budgets: registration per client address, sign-in per client address
 * and per account (IPv6 addresses count by their /64). The per-account budget slows guessing on
 * one account from many addresses; its window is short (at most 15 minutes, by configuration),
 * so someone spending a victim's budget delays the victim's next attempt but never locks them out.
 * Each signed-in user also has a budget of changes.
 */
export interface AuthRateLimits {
  registration(ip: string): Promise<void>;
  signIn(ip: string, email: string): Promise<void>;
  /**
   * One signed-in user's budget of changes. Unlike sign-in it fails open: a store that does not
   * answer must not stop the school's bookings, and this budget curbs abuse, not guessing.
   */
  mutation(userId: string): Promise<void>;
  /** One two-factor code tried on the account (at sign-in or in the account page), by its e-mail. */
  mfaCode(email: string): Promise<void>;
}

export function createAuthRateLimits(config: AppConfig, redis?: Redis): AuthRateLimits {
  const limiterFor = (limit: WindowLimit): RateLimiter => {
    switch (config.AUTH_RATE_LIMIT_BACKEND) {
      case "memory":
        return memoryLimiter(limit);
      case "redis":
        if (!redis) throw new Error("The redis rate limiter needs a Redis connection (REDIS_URL).");
        return upstashLimiter(upstashCommandsOverIoredis(redis), limit);
      case "upstash":
        return upstashLimiter(
          new UpstashRedis({ url: config.UPSTASH_REDIS_REST_URL!, token: config.UPSTASH_REDIS_REST_TOKEN! }),
          limit,
        );
    }
  };
  const windowSeconds = config.AUTH_RATE_LIMIT_WINDOW_SECONDS;
  const registrationByIp = limiterFor({ prefix: "register:ip", requests: config.AUTH_RATE_LIMIT_REGISTER_REQUESTS, windowSeconds });
  const signInByIp = limiterFor({ prefix: "sign-in:ip", requests: config.AUTH_RATE_LIMIT_LOGIN_REQUESTS, windowSeconds });
  const signInByAccount = limiterFor({
    prefix: "sign-in:account",
    requests: config.AUTH_RATE_LIMIT_ACCOUNT_REQUESTS,
    windowSeconds: config.AUTH_RATE_LIMIT_ACCOUNT_WINDOW_SECONDS,
  });
  const mutationsByUser = limiterFor({ prefix: "mutation:user", requests: config.AUTH_RATE_LIMIT_MUTATION_REQUESTS, windowSeconds });
  // Its own budget of the account's size: guessing six digits stays at a few tries a minute.
  const mfaByAccount = limiterFor({
    prefix: "mfa:account",
    requests: config.AUTH_RATE_LIMIT_ACCOUNT_REQUESTS,
    windowSeconds: config.AUTH_RATE_LIMIT_ACCOUNT_WINDOW_SECONDS,
  });
  return {
    mfaCode: (email) => enforceLimit(mfaByAccount, email),
    registration: (ip) => enforceLimit(registrationByIp, rateLimitKey(ip)),
    mutation: (userId) =>
      enforceLimit(mutationsByUser, userId).catch((error: unknown) => {
        if (!(error instanceof TemporarilyUnavailable)) throw error;
      }),
    async signIn(ip, email) {
      // The address first: a client over its own budget spends none of the account's.
      await enforceLimit(signInByIp, rateLimitKey(ip));
      await enforceLimit(signInByAccount, email);
    },
  };
}
