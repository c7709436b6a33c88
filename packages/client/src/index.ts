// Only the router's type comes from @guitaronline/api: a program using this client loads none of
// the server's code.
import type { AppRouter } from "@guitaronline/api";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";

export type { AppRouter };
export { TRPCClientError };

export interface GuitarOnlineClientOptions {
  /** Where the product runs, e.g. `https://lessons.example.com`. */
  baseUrl: string;
  /** A personal API token, made in the portal under Account → Personal API tokens. */
  token: string;
  /** Another fetch than the global one (a proxy, a test). */
  fetch?: typeof fetch;
}

/** The server takes at most 20 calls in one batch. */
const MAX_BATCH = 20;

/** A typed client of every procedure: `await client.booking.hold.mutate({ slotId })`. */
export function createGuitarOnlineClient({ baseUrl, token, fetch }: GuitarOnlineClientOptions) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl.replace(/\/+$/, "")}/api/trpc`,
        transformer: superjson,
        maxItems: MAX_BATCH,
        headers: { authorization: `Bearer ${token}` },
        fetch,
      }),
    ],
  });
}

export type GuitarOnlineClient = ReturnType<typeof createGuitarOnlineClient>;

/** The stable machine code of a failed call (`slot_unavailable`, `unauthorized`…), if it has one. */
export function appCodeOf(error: unknown) {
  return error instanceof TRPCClientError ? (error as TRPCClientError<AppRouter>).data?.appCode : undefined;
}
