import { DomainError, normaliseEmail } from "@guitaronline/domain";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { ApiDeps } from "../api-deps.ts";
import { clientIp } from "../rate-limit/client-ip.ts";
import { trpcCodeOf } from "../trpc/error-shape.ts";

type RouteHandler<R extends Request, C> = (request: R, context: C) => Promise<Response>;

/**
 * Rate-limits the credentials sign-in (per client IP and per account) before next-auth sees it.
 * A refusal is a real 429 (or 503 when the limiter cannot answer) with Retry-After, and carries
 * the `url` next-auth's client reads, so `signIn()` reports `error: "rate_limited"` to the portal.
 */
export function withSignInRateLimit<R extends Request, C>(deps: ApiDeps, handler: RouteHandler<R, C>): RouteHandler<R, C> {
  return async (request, context) => {
    if (request.method === "POST" && new URL(request.url).pathname.endsWith("/callback/credentials")) {
      const form = await request.clone().formData().catch(() => undefined);
      const email = normaliseEmail(String(form?.get("email") ?? ""));
      try {
        await deps.rateLimits.signIn(clientIp(request.headers, deps.config.AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS), email);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        if (error.kind === "SERVICE_UNAVAILABLE") deps.log.warn("sign-in refused: rate limiter unavailable", { error: error.cause });
        return refusal(request, error);
      }
    }
    return handler(request, context);
  };
}

function refusal(request: Request, error: DomainError): Response {
  const signInUrl = new URL("/sign-in", request.url);
  signInUrl.searchParams.set("error", error.appCode);
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (error.retryAfterSeconds) headers["retry-after"] = String(error.retryAfterSeconds);
  return Response.json(
    { url: signInUrl.toString(), error: error.appCode, message: error.message, retryAfterSeconds: error.retryAfterSeconds },
    { status: getHTTPStatusCodeFromError(new TRPCError({ code: trpcCodeOf(error.kind) })), headers },
  );
}
