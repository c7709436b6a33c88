import type { AppConfig } from "@guitaronline/config";
import { mfaSecretBox, normaliseEmail, type MfaSecretBox, type Principal } from "@guitaronline/domain";
import type { AuthRateLimits } from "../../../rate-limit/auth-limits.ts";

/** The box sealing TOTP secrets, keyed from AUTH_SECRET. */
export const secretBoxOf = (config: Pick<AppConfig, "AUTH_SECRET">): MfaSecretBox => mfaSecretBox(config.AUTH_SECRET);

/**
 * Spends one two-factor code attempt of the account (the same budget sign-in's code step
 * spends), failing closed: over it RateLimited, a limiter that cannot answer TemporarilyUnavailable.
 */
export function spendMfaAttempt(ctx: { principal: Principal; rateLimits: AuthRateLimits }): Promise<void> {
  return ctx.rateLimits.mfaCode(normaliseEmail(ctx.principal.email));
}
