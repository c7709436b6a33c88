"use client";

import type { AppRouter } from "@guitaronline/api";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { httpBatchLink, httpSubscriptionLink, splitLink, TRPCClientError } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";

export const trpc = createTRPCReact<AppRouter>();

/** Queries and mutations that may answer UNAUTHORIZED without meaning "your session ended". */
export const ANONYMOUS_OK = { anonymousOk: true } as const;

function isUnauthorized(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "UNAUTHORIZED";
}

/** An ended session (expired, signed out elsewhere, disabled) returns the user to sign-in. */
function returnToSignIn(error: unknown, meta: Record<string, unknown> | undefined) {
  if (!isUnauthorized(error) || meta?.anonymousOk) return;
  const here = window.location.pathname + window.location.search;
  window.location.assign(`/sign-in?expired=1&callbackUrl=${encodeURIComponent(here)}`);
}

export function TrpcProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        queryCache: new QueryCache({ onError: (error, query) => returnToSignIn(error, query.meta) }),
        mutationCache: new MutationCache({ onError: (error, _vars, _ctx, mutation) => returnToSignIn(error, mutation.meta) }),
        defaultOptions: {
          queries: { retry: (count, error) => !(error instanceof TRPCClientError) && count < 2, staleTime: 5_000 },
        },
      }),
  );
  const [client] = useState(() =>
    trpc.createClient({
      links: [
        // Subscriptions are server-sent events (same origin, so the page's CSP connect-src 'self' allows them).
        splitLink({
          condition: (operation) => operation.type === "subscription",
          true: httpSubscriptionLink({ url: "/api/trpc", transformer: superjson }),
          false: httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: 20 }),
        }),
      ],
    }),
  );
  return (
    <trpc.Provider client={client} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
}
