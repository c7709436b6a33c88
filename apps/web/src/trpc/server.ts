import "server-only";
import { createServerCaller, type AppRouter } from "@guitaronline/api";
import { createHydrationHelpers } from "@trpc/react-query/rsc";
import { headers } from "next/headers";
import { cache } from "react";
import { apiDeps } from "@/server/api-deps";
import { makeQueryClient } from "./query-client";

/** One query client and one caller per server request, shared by everything it renders. */
const getQueryClient = cache(makeQueryClient);
const caller = cache(() => createServerCaller(apiDeps, headers));

/**
 * For server components: `api.<procedure>(input)` calls a procedure as the signed-in user (or as
 * nobody), and `void api.<procedure>.prefetch(input)` starts it for a client component below a
 * `<HydrateClient>`, whose `trpc.<procedure>.useQuery(input)` then renders with the data at once.
 */
export const { trpc: api, HydrateClient } = createHydrationHelpers<AppRouter>(
  new Proxy({} as ReturnType<typeof createServerCaller>, { get: (_target, key) => Reflect.get(caller(), key) }),
  getQueryClient,
);

/** The signed-in user, read once per request: a page needs their time zone to ask what the client will. */
export const signedInUser = cache(() => api.identity.me());

/**
 * Starts a page's first queries beside the signed-in user's own (every portal page shows times
 * on their clock) and waits for all, so the page below `<HydrateClient>` paints with its data. A
 * query that fails is not handed over: the client asks again and shows the error.
 */
export async function prefetchPage(...queries: Promise<unknown>[]): Promise<void> {
  await Promise.all([api.identity.me.prefetch(), ...queries]);
}
