import { parseConfig, type AppConfig } from "@guitaronline/config";
import type { Db, Role } from "@guitaronline/db";
import { registerUser, type Clock } from "@guitaronline/domain";
import { testDomainDeps } from "@guitaronline/domain/testing";
import { createLogger } from "@guitaronline/observability";
import { TEST_PASSWORD, testDatabaseForFile, type TestDatabase } from "@guitaronline/testbed/testing";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { encode } from "next-auth/jwt";
import superjson from "superjson";
import { beforeAll } from "vitest";
import { openBrowserSession } from "../auth/browser-sessions.ts";
import { slotChangeFeed } from "../live/slot-changes.ts";
import { handleTrpcRequest } from "../http/trpc-handler.ts";
import { createAuthRateLimits, type AuthRateLimits } from "../rate-limit/auth-limits.ts";
import { PEER_ADDRESS_HEADER } from "../rate-limit/client-ip.ts";
import type { AppRouter } from "../root.ts";
import type { ApiDeps } from "../api-deps.ts";

export const TEST_SECRET = "integration-test-secret-0123456789abcdef";
/** Where the tests' requests are addressed, and the Origin a page of the app would send. */
export const TEST_ORIGIN = "http://localhost";

export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return parseConfig({ APP_ENV: "test", DATABASE_URL: databaseUrl, AUTH_SECRET: TEST_SECRET, ...overrides });
}

/** A clock the test moves by hand. */
export function testClock(start = new Date()): Clock & { set(to: Date): void; advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    set: (to) => (now = to),
    advance: (ms) => (now = new Date(now.getTime() + ms)),
  };
}

export function testDeps(db: Db, databaseUrl: string, rateLimits?: AuthRateLimits, clock: Clock = { now: () => new Date() }): ApiDeps {
  const config = testConfig(databaseUrl, { AUTH_RATE_LIMIT_REGISTER_REQUESTS: "1000", AUTH_RATE_LIMIT_MUTATION_REQUESTS: "100000" });
  const log = createLogger({ app: "test" });
  return { db, config, clock, rateLimits: rateLimits ?? createAuthRateLimits(config), log, slotChanges: slotChangeFeed(databaseUrl, log) };
}

/** A fresh database and API dependencies for one test file: made before its tests, dropped after. */
export function apiTestbed(clock?: Clock): { database: TestDatabase; deps: ApiDeps } {
  const database = testDatabaseForFile();
  const testbed = { database } as { database: TestDatabase; deps: ApiDeps };
  beforeAll(() => {
    testbed.deps = testDeps(database.db, database.url, undefined, clock);
  });
  return testbed;
}

export type Credentials = { cookie: string } | { bearer: string } | null;

/**
 * A typed client whose requests go straight into the /api/trpc handler: the whole wire, no server.
 * With a session cookie it sends the app's Origin, as the portal's pages do.
 */
export function clientFor(deps: ApiDeps, credentials: Credentials = null, peerAddress = "203.0.113.7") {
  const headers: Record<string, string> = { [PEER_ADDRESS_HEADER]: peerAddress };
  if (credentials && "cookie" in credentials) Object.assign(headers, { cookie: credentials.cookie, origin: TEST_ORIGIN });
  if (credentials && "bearer" in credentials) headers.authorization = `Bearer ${credentials.bearer}`;
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${TEST_ORIGIN}/api/trpc`,
        transformer: superjson,
        headers,
        fetch: (input, init) => handleTrpcRequest(new Request(input as string, init as RequestInit), deps),
      }),
    ],
  });
}

/** A next-auth session cookie as the sign-in would set it, with its server-side session. */
export async function sessionCookie(db: Db, user: { id: string; role: string }, sessionVersion = 0): Promise<{ cookie: string }> {
  const sid = await openBrowserSession({ db, config: { AUTH_SESSION_MAX_HOURS: 12, AUTH_SESSION_IDLE_MINUTES: 30 } }, user.id);
  const jwt = await encode({ token: { uid: user.id, role: user.role, sv: sessionVersion, sid }, secret: TEST_SECRET });
  return { cookie: `next-auth.session-token=${jwt}` };
}

let counter = 0;

/** A registered user of the given role, with a session cookie. Admins are promoted directly. */
export async function aUser(db: Db, role: Role, { approved = true }: { approved?: boolean } = {}) {
  const email = `${role.toLowerCase()}-${Date.now().toString(36)}-${++counter}@example.com`;
  const password = TEST_PASSWORD;
  const registered = await registerUser(testDomainDeps(db), {}, {
    email,
    password,
    name: `${role} ${counter}`,
    role: role === "TEACHER" ? "TEACHER" : "STUDENT",
    locale: "en",
  });
  if (role === "ADMIN") await db.user.update({ where: { id: registered.id }, data: { role: "ADMIN" } });
  if (role === "TEACHER" && approved) await db.user.update({ where: { id: registered.id }, data: { teacherApproved: true } });
  return { id: registered.id, email, password, role, session: await sessionCookie(db, { id: registered.id, role }) };
}

/** The tRPC error code and appCode a call failed with. */
export async function failureOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = error.data as { code: string; appCode: string; httpStatus: number; fieldErrors?: Record<string, string[]> };
      return { code: data.code, appCode: data.appCode, httpStatus: data.httpStatus, fieldErrors: data.fieldErrors, message: error.message };
    }
    throw error;
  }
  throw new Error("expected the call to fail, and it succeeded");
}
