import { RateLimited, TemporarilyUnavailable } from "@guitaronline/domain";

export interface RateLimitDecision {
  allowed: boolean;
  /** When the caller may try again (0 when allowed). */
  retryAfterSeconds: number;
}

/** Counts one attempt for `key` and says whether it is within the limit. */
export interface RateLimiter {
  consume(key: string): Promise<RateLimitDecision>;
}

/** How long a limiter may take before the attempt is refused rather than let through. */
const LIMITER_TIMEOUT_MS = 1_500;

/**
 * Consumes one attempt, failing closed: over the limit is RateLimited; a limiter that errs or
 * does not answer in time (Redis down or slow) is TemporarilyUnavailable, never a free pass.
 */
export async function enforceLimit(limiter: RateLimiter, key: string, timeoutMs = LIMITER_TIMEOUT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`rate limiter did not answer in ${timeoutMs} ms`)), timeoutMs);
  });
  let decision: RateLimitDecision;
  try {
    decision = await Promise.race([limiter.consume(key), timeout]);
  } catch (error) {
    throw Object.assign(new TemporarilyUnavailable(), { cause: error });
  } finally {
    clearTimeout(timer);
  }
  if (!decision.allowed) throw new RateLimited(decision.retryAfterSeconds);
}
