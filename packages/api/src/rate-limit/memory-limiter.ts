import type { RateLimiter } from "./limiter.ts";
import type { WindowLimit } from "./upstash-limiter.ts";

/**
 * The sliding window of @upstash/ratelimit (this window's count plus the previous window's,
 * weighted by how much of it still overlaps), kept in this process's memory: for one
 * development process only, as the configuration guards insist.
 */
export function memoryLimiter(limit: WindowLimit, now: () => number = Date.now): RateLimiter {
  const windowMs = limit.windowSeconds * 1000;
  const counts = new Map<string, number>();
  return {
    async consume(key) {
      const time = now();
      const window = Math.floor(time / windowMs);
      const current = counts.get(`${key}:${window}`) ?? 0;
      const previous = counts.get(`${key}:${window - 1}`) ?? 0;
      const overlap = 1 - (time % windowMs) / windowMs;
      // Rounded down, as @upstash/ratelimit's script does: both limiters allow the same requests.
      const used = Math.floor(previous * overlap) + current;
      for (const stored of counts.keys()) {
        const storedWindow = Number(stored.slice(stored.lastIndexOf(":") + 1));
        if (storedWindow < window - 1) counts.delete(stored);
      }
      if (used + 1 > limit.requests) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * windowMs - time) / 1000)) };
      }
      counts.set(`${key}:${window}`, current + 1);
      return { allowed: true, retryAfterSeconds: 0 };
    },
  };
}
