import type { AppConfig } from "@guitaronline/config";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Where a page of the app is served from: its public URL, and the origin the request was sent to. */
export function appOrigins(request: Request, config: Pick<AppConfig, "NEXTAUTH_URL">): string[] {
  const origins = [new URL(request.url).origin];
  if (config.NEXTAUTH_URL) origins.push(new URL(config.NEXTAUTH_URL).origin);
  return origins;
}

/**
 * Why a browser request must not act with the user's cookies, or undefined when it came from the
 * app itself. `Origin` decides when present; else `Sec-Fetch-Site`; a request carrying neither
 * (no current browser sends a POST so) may only read.
 */
export function crossSiteRefusal(request: Request, allowedOrigins: readonly string[]): string | undefined {
  const safe = SAFE_METHODS.has(request.method);
  const origin = request.headers.get("origin");
  if (origin !== null) return allowedOrigins.includes(origin) ? undefined : `Origin ${origin} is not this app`;
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" || (safe && site === "none") ? undefined : `Sec-Fetch-Site is ${site}`;
  return safe ? undefined : "a POST with neither Origin nor Sec-Fetch-Site";
}
