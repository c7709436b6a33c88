import { defaultShouldDehydrateQuery, QueryClient, type QueryClientConfig } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import superjson from "superjson";

/**
 * The query client of a page, in the browser and on the server alike: what the server prefetches
 * travels to the browser through superjson (Dates stay Dates), pending queries included, so a
 * page renders with its data at first paint instead of fetching it again.
 */
export function makeQueryClient(config: Omit<QueryClientConfig, "defaultOptions"> = {}) {
  return new QueryClient({
    ...config,
    defaultOptions: {
      queries: { retry: (count, error) => !(error instanceof TRPCClientError) && count < 2, staleTime: 5_000 },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
