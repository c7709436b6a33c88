import { principalForApiToken, principalForSession, type BookingContext, type Principal } from "@guitaronline/domain";
import type { ApiDeps } from "../api-deps.ts";
import { readSessionClaims } from "../auth/session-token.ts";
import { clientIp } from "../rate-limit/client-ip.ts";

export interface Context extends ApiDeps {
  principal: Principal | null;
  clientIp: string;
  resHeaders: Headers;
}

/**
 * Who is calling: an `Authorization: Bearer` personal API token, else the next-auth session
 * cookie. Either is checked against the user's current session version on every request.
 */
export async function resolvePrincipal(deps: ApiDeps, headers: Headers): Promise<Principal | null> {
  const authorization = headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) {
    return principalForApiToken(deps.db, authorization.slice("bearer ".length).trim());
  }
  const claims = await readSessionClaims(headers, deps.config.AUTH_SECRET);
  return claims ? principalForSession(deps.db, claims) : null;
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
