import type { ApiDeps } from "../api-deps.ts";
import { appRouter } from "../root.ts";
import { createContext } from "./context.ts";
import { t } from "./init.ts";

const callerFor = t.createCallerFactory(appRouter);

/**
 * The procedures called in-process, as the browser would call them with these request headers
 * (the session cookie decides who the caller is): for pages rendered on the server. `headers` is
 * read once, at the first call.
 */
export function createServerCaller(deps: () => ApiDeps, headers: () => Promise<Headers>) {
  let context: ReturnType<typeof createContext> | undefined;
  return callerFor(async () => {
    context ??= headers().then((requestHeaders) =>
      createContext(deps(), { req: new Request("http://server.internal/api/trpc", { headers: requestHeaders }), resHeaders: new Headers() }),
    );
    return context;
  });
}
