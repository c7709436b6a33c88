import type { AppConfig } from "@guitaronline/config";
import type { Db } from "@guitaronline/db";
import {
  principalForApiToken,
  type BookingContext,
  type Clock,
  type Principal,
} from "@guitaronline/domain";
import type { Logger, ProcedureMetrics } from "@guitaronline/observability";
import { principalForCookie } from "../auth/browser-sessions.ts";
import { readSessionClaims } from "../auth/session-token.ts";
import { clientIp } from "../rate-limit/client-ip.ts";
import type { AuthRateLimits } from "../rate-limit/auth-limits.ts";

/** What the API needs from the process that hosts it (web, or a test). */
export interface ApiDeps {
  db: Db;
  config: AppConfig;
  rateLimits: AuthRateLimits;
  log: Logger;
  clock: Clock;
  procedureMetrics?: ProcedureMetrics;
}

export interface Context extends ApiDeps {
  principal: Principal | null;
  clientIp: string;
  resHeaders: Headers;
}

/**
 * Who is calling: an `Authorization: Bearer` personal API token, else the next-auth session
 * cookie. Either is checked against the user's current session version on every request, and a
 * cookie also against its server-side session (signed out, idle or past its lifetime: no one).
 */
export async function resolvePrincipal(deps: ApiDeps, headers: Headers): Promise<Principal | null> {
  const authorization = headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) {
    return principalForApiToken(deps.db, authorization.slice("bearer ".length).trim());
  }
  const claims = await readSessionClaims(headers, deps.config.AUTH_SECRET);
  return claims ? principalForCookie(deps, claims) : null;
}

export async function createContext(
  deps: ApiDeps,
  { req, resHeaders }: { req: Request; resHeaders: Headers },
): Promise<Context> {
  return {
    ...deps,
    principal: await resolvePrincipal(deps, req.headers),
    clientIp: clientIp(req.headers, deps.config.AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS),
    resHeaders,
  };
}

/** The booking use-cases' view of a request's context. */
export function bookingContext(ctx: Pick<ApiDeps, "db" | "clock" | "config">): BookingContext {
  return {
    db: ctx.db,
    clock: ctx.clock,
    settings: { holdMinutes: ctx.config.BOOKING_HOLD_MINUTES, refundWindowHours: ctx.config.BOOKING_REFUND_WINDOW_HOURS },
  };
}
