import { AsyncLocalStorage } from "node:async_hooks";
import { DomainError, normaliseEmail } from "@guitaronline/domain";
import NextAuth, { type NextAuthOptions } from "next-auth";
import { mediaTypeOf, readCappedBody } from "../http/request-body.ts";
import { appOrigins, crossSiteRefusal } from "../http/same-origin.ts";
import { clientIp } from "../rate-limit/client-ip.ts";
import type { ApiDeps } from "../api-deps.ts";
import { parseCookies } from "./session-token.ts";

const AUTH_PATH = "/api/auth/";
const FORM = "application/x-www-form-urlencoded";
const STATUS_FOR_KIND: Partial<Record<DomainError["kind"], number>> = { TOO_MANY_REQUESTS: 429, SERVICE_UNAVAILABLE: 503 };

/** What one request's sign-in attempt was refused for, when the limits refused it. */
const signInRefusal = new AsyncLocalStorage<{ error?: DomainError }>();

/**
 * Spends one sign-in attempt of the client's address and of the account, on the very values
 * the credentials provider is about to check; over either budget the attempt stops here.
 */
export async function limitSignIn(deps: ApiDeps, headers: Headers, email: string): Promise<void> {
  await refuseOverLimit(deps, () =>
    deps.rateLimits.signIn(clientIp(headers, deps.config.AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS), normaliseEmail(email)),
  );
}

/** Spends one two-factor code attempt of the account, when the sign-in carries a code. */
export function limitSignInCode(deps: ApiDeps, email: string): Promise<void> {
  return refuseOverLimit(deps, () => deps.rateLimits.mfaCode(normaliseEmail(email)));
}

async function refuseOverLimit(deps: ApiDeps, spend: () => Promise<void>): Promise<void> {
  try {
    await spend();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.kind === "SERVICE_UNAVAILABLE") deps.log.warn("sign-in refused: rate limiter unavailable", { error: error.cause });
    const attempt = signInRefusal.getStore();
    if (attempt) attempt.error = error;
    // next-auth turns this into `?error=<appCode>` on its error redirect.
    throw new Error(error.appCode);
  }
}

/**
 * /api/auth/*: next-auth, fed a body this route parsed itself. Its POSTs must come from the app's
 * own pages (on top of next-auth's CSRF token), or they are refused with 403. The credentials callback takes
 * only a form (one parser, so nothing can be read two ways), and a sign-in refused by the rate
 * limits is a real 429 (or 503 when the limiter cannot answer) with Retry-After, carrying the
 * `url` next-auth's client reads, so `signIn()` reports `error: "rate_limited"` to the portal.
 */
export async function handleAuthRequest(request: Request, deps: ApiDeps, options: NextAuthOptions): Promise<Response> {
  const url = new URL(request.url);
  const segments = authSegments(url.pathname);
  if (!segments) return Response.json({ error: "not_found" }, { status: 404 });
  let body: Record<string, unknown> | undefined;
  if (request.method === "POST") {
    const crossSite = crossSiteRefusal(request, appOrigins(request, deps.config));
    if (crossSite) {
      deps.log.warn("auth request refused", { reason: crossSite, path: url.pathname });
      return Response.json({ error: "forbidden", message: "This request did not come from the app's own pages." }, { status: 403 });
    }
    const mediaType = mediaTypeOf(request.headers);
    const isCredentialsCallback = segments[0] === "callback";
    // A form only, and a Content-Type that no parser could take for JSON (next-auth's own looks
    // for "application/json" anywhere in the header).
    const acceptable = mediaType === FORM || (!isCredentialsCallback && mediaType === "application/json");
    if (!acceptable || (mediaType === FORM && /json/i.test(request.headers.get("content-type") ?? ""))) {
      return Response.json({ error: "unsupported_media_type" }, { status: 415 });
    }
    const bytes = await readCappedBody(request);
    if (!bytes) return Response.json({ error: "validation_failed", message: "The request is too large." }, { status: 413 });
    const text = new TextDecoder().decode(bytes);
    try {
      body = mediaType === FORM ? Object.fromEntries(new URLSearchParams(text)) : (JSON.parse(text || "{}") as Record<string, unknown>);
    } catch {
      return Response.json({ error: "validation_failed" }, { status: 400 });
    }
  }
  const attempt: { error?: DomainError } = {};
  const response = await signInRefusal.run(attempt, () => runNextAuth(request, url, segments, body, options));
  return attempt.error ? refusal(request, attempt.error) : response;
}

/** The path below /api/auth/, segment by segment and decoded, as Next.js hands it to a route. */
function authSegments(pathname: string): string[] | undefined {
  if (!pathname.startsWith(AUTH_PATH)) return undefined;
  try {
    return pathname.slice(AUTH_PATH.length).split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** next-auth's request handler (its stable NextAuth(req, res, options) form), on plain objects. */
async function runNextAuth(
  request: Request,
  url: URL,
  segments: string[],
  body: Record<string, unknown> | undefined,
  options: NextAuthOptions,
): Promise<Response> {
  const req = {
    method: request.method,
    headers: Object.fromEntries(request.headers),
    cookies: parseCookies(request.headers.get("cookie")),
    query: { ...Object.fromEntries(url.searchParams), nextauth: segments },
    body,
  };
  const res = new CollectedResponse();
  const apiRouteHandler = NextAuth as unknown as (req: unknown, res: unknown, options: NextAuthOptions) => Promise<unknown>;
  await apiRouteHandler(req, res, options);
  return res.toResponse();
}

/** Just enough of Next's API response for next-auth: status, headers, cookies, a body. */
class CollectedResponse {
  private statusCode = 200;
  private readonly headers = new Headers();
  private body: string | null = null;

  status(code: number) {
    this.statusCode = code;
    return this;
  }
  getHeader(name: string) {
    return name.toLowerCase() === "set-cookie" ? this.headers.getSetCookie() : (this.headers.get(name) ?? undefined);
  }
  setHeader(name: string, value: string | string[]) {
    this.headers.delete(name);
    for (const item of [value].flat()) this.headers.append(name, item);
    return this;
  }
  json(value: unknown) {
    this.headers.set("content-type", "application/json");
    this.body = JSON.stringify(value);
  }
  send(value: unknown) {
    if (value === undefined || value === null || typeof value === "string") this.body = value ?? null;
    else this.json(value);
  }
  end() {}
  toResponse(): Response {
    const empty = this.statusCode === 204 || this.statusCode === 304;
    return new Response(empty ? null : this.body, { status: this.statusCode, headers: this.headers });
  }
}

function refusal(request: Request, error: DomainError): Response {
  const signInUrl = new URL("/sign-in", request.url);
  signInUrl.searchParams.set("error", error.appCode);
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (error.retryAfterSeconds) headers["retry-after"] = String(error.retryAfterSeconds);
  return Response.json(
    { url: signInUrl.toString(), error: error.appCode, message: error.message, retryAfterSeconds: error.retryAfterSeconds },
    { status: STATUS_FOR_KIND[error.kind] ?? 400, headers },
  );
}
