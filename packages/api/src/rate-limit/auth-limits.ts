import type { AppConfig } from "@guitaronline/config";
import { Redis as UpstashRedis } from "@upstash/redis";
import type { Redis } from "ioredis";
import { upstashCommandsOverIoredis } from "./ioredis-adapter.ts";
import { enforceLimit, type RateLimiter } from "./limiter.ts";
import { memoryLimiter } from "./memory-limiter.ts";
import { upstashLimiter, type WindowLimit } from "./upstash-limiter.ts";

/** The security budgets: registration per IP, sign-in per IP and per account. */
export interface AuthRateLimits {
  registration(ip: string): Promise<void>;
  signIn(ip: string, email: string): Promise<void>;
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
  const signInByAccount = limiterFor({ prefix: "sign-in:account", requests: config.AUTH_RATE_LIMIT_LOGIN_REQUESTS, windowSeconds });
  return {
    registration: (ip) => enforceLimit(registrationByIp, ip),
    async signIn(ip, email) {
      await enforceLimit(signInByIp, ip);
      await enforceLimit(signInByAccount, email);
    },
  };
}
