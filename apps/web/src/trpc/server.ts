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
