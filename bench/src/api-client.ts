import { randomBytes } from "node:crypto";
import { createAuthRateLimits, handleTrpcRequest, slotChangeFeed, type ApiDeps, type AppRouter } from "@guitaronline/api";
import { parseConfig } from "@guitaronline/config";
import type { Db } from "@guitaronline/db";
import { createApiToken, schoolSettings, systemClock, type Principal } from "@guitaronline/domain";
import { createLogger } from "@guitaronline/observability";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";

/** The API as the web process builds it, on `db`, with the real clock. */
export function apiDeps(db: Db, databaseUrl: string): ApiDeps {
  const config = parseConfig({ APP_ENV: "test", DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(24).toString("hex") });
  const log = createLogger({ app: "bench" });
  // The live feed listens only once something subscribes: the bench never does.
  return { db, config, clock: systemClock, rateLimits: createAuthRateLimits(config), log, slotChanges: slotChangeFeed(databaseUrl, log) };
}

/** An admin made for the run, and a personal API token of theirs. */
export async function benchAdmin(deps: ApiDeps): Promise<{ admin: Principal; token: string }> {
  const admin = await deps.db.user.create({
    data: { email: `bench-admin-${Date.now().toString(36)}@bench.example`, name: "Bench Admin", passwordHash: "not-a-hash", role: "ADMIN" },
  });
  const { token } = await createApiToken({ db: deps.db, clock: deps.clock, settings: schoolSettings(deps.config) }, admin, { name: "bench" });
  return { admin, token };
}

/**
 * A typed client whose requests go into the /api/trpc handler the web process serves (the whole
 * wire: HTTP request, token check, router, output validation, superjson), without a socket.
 */
export function apiClient(deps: ApiDeps, bearer: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: "http://bench.invalid/api/trpc",
        transformer: superjson,
        headers: { authorization: `Bearer ${bearer}` },
        fetch: (input, init) => handleTrpcRequest(new Request(input as string, init as RequestInit), deps),
      }),
    ],
  });
}
