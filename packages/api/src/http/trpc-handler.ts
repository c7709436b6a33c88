import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { ApiDeps } from "../api-deps.ts";
import { parseCookies } from "../auth/session-token.ts";
import { appRouter } from "../root.ts";
import { createContext } from "../trpc/context.ts";
import { MAX_BODY_BYTES, mediaTypeOf, readCappedBody } from "./request-body.ts";
import { appOrigins, crossSiteRefusal } from "./same-origin.ts";

const TRPC_ENDPOINT = "/api/trpc";
/** Calls one batch may carry; a larger batch is refused whole (400), none of it runs. */
export const MAX_BATCH_CALLS = 20;

/**
 * Serves every procedure at /api/trpc for a fetch-style Request. Bodies over 100 kB are refused
 * (413), and so is a call made with the session cookie from anywhere but the app's own pages
 * (403 `forbidden`, before anything runs); calls with a bearer token are for programs and exempt.
 */
export async function handleTrpcRequest(request: Request, deps: ApiDeps): Promise<Response> {
  let refusal: TRPCError | undefined;
  const crossSite = cookieCallRefusal(request, deps);
  if (crossSite) {
    deps.log.warn("cookie-authenticated call refused", { reason: crossSite, path: new URL(request.url).pathname });
    refusal = new TRPCError({ code: "FORBIDDEN", message: "This request did not come from the app's own pages." });
  }
  const body = request.method === "POST" && !refusal ? await readCappedBody(request) : undefined;
  if (request.method === "POST" && !refusal && !body) {
    refusal = new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `A request body may hold at most ${MAX_BODY_BYTES / 1024} kB.` });
  }
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    // A refused request reaches tRPC as an empty JSON call, so the refusal has tRPC's own shape.
    req: refusal ? withBody(request, new Uint8Array(), "application/json") : body ? withBody(request, body) : request,
    router: appRouter,
    maxBatchSize: MAX_BATCH_CALLS,
    createContext: ({ req, resHeaders }) => {
      if (refusal) throw refusal;
      return createContext(deps, { req, resHeaders });
    },
    onError: ({ error, path }) => {
      // Failures inside procedures are logged by the procedure middleware; this catches the rest.
      if (error.code === "INTERNAL_SERVER_ERROR" && !path) deps.log.error("tRPC request failed", { error });
    },
  });
}

/** The request again, over the body already read (tRPC reads it lazily, after the checks). */
function withBody(request: Request, body: Uint8Array<ArrayBuffer>, contentType?: string): Request {
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  if (contentType) headers.set("content-type", contentType);
  const bodyless = request.method === "GET" || request.method === "HEAD";
  return new Request(request.url, { method: request.method, headers, body: bodyless ? undefined : body, signal: request.signal });
}

/** Why a call riding on the session cookie is refused: another site's, or a POST that is not JSON. */
function cookieCallRefusal(request: Request, deps: ApiDeps): string | undefined {
  if (request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return undefined;
  const cookies = Object.keys(parseCookies(request.headers.get("cookie")));
  if (!cookies.some((name) => /next-auth\.session-token(\.\d+)?$/.test(name))) return undefined;
  const crossSite = crossSiteRefusal(request, appOrigins(request, deps.config));
  if (crossSite) return crossSite;
  if (request.method === "POST" && mediaTypeOf(request.headers) !== "application/json") return "a POST that is not application/json";
  return undefined;
}
