import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { ApiDeps } from "../api-deps.ts";
import { appRouter } from "../root.ts";
import { createContext } from "../trpc/context.ts";

const TRPC_ENDPOINT = "/api/trpc";

/** Serves every procedure at /api/trpc (batching allowed) for a fetch-style Request. */
export function handleTrpcRequest(request: Request, deps: ApiDeps): Promise<Response> {
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: appRouter,
    createContext: ({ req, resHeaders }) => createContext(deps, { req, resHeaders }),
    onError: ({ error, path }) => {
      // Failures inside procedures are logged by the procedure middleware; this catches the rest.
      if (error.code === "INTERNAL_SERVER_ERROR" && !path) deps.log.error("tRPC request failed", { error });
    },
  });
}
