import { principalForApiToken, type DomainDeps, type Principal } from "@guitaronline/domain";
import { domainDeps, type ApiDeps } from "../api-deps.ts";
import { principalForCookie } from "../auth/browser-sessions.ts";
import { readSessionClaims } from "../auth/session-token.ts";
import { clientIp } from "../rate-limit/client-ip.ts";

export interface Context extends ApiDeps {
  /** What every use-case receives first, built once for the request. */
  deps: DomainDeps;
  principal: Principal | null;
  clientIp: string;
  resHeaders: Headers;
}

/**
 * Who is calling: an `Authorization: Bearer` personal API token, else the next-auth session
 * cookie. Either is checked against the user's current session version on every request, and a
 * cookie also against its server-side session (signed out, idle or past its lifetime: no one).
 */
async function resolvePrincipal(api: ApiDeps, domain: DomainDeps, headers: Headers, ip: string): Promise<Principal | null> {
  const authorization = headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) {
    return principalForApiToken(domain, { ip }, { token: authorization.slice("bearer ".length).trim() });
  }
  const claims = await readSessionClaims(headers, api.config.AUTH_SECRET);
  return claims ? principalForCookie(api, domain, { ip }, claims) : null;
}

export async function createContext(
  deps: ApiDeps,
  { req, resHeaders }: { req: Request; resHeaders: Headers },
): Promise<Context> {
  const domain = domainDeps(deps);
  const ip = clientIp(req.headers, deps.config.AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS);
  return { ...deps, deps: domain, principal: await resolvePrincipal(deps, domain, req.headers, ip), clientIp: ip, resHeaders };
}
