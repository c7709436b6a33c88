import { randomInt } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAuthRateLimits } from "../rate-limit/auth-limits.ts";
import { connectRedis } from "../redis.ts";
import { AuthClient } from "../testing/auth-client.ts";
import { aUser, testConfig, testDeps } from "../testing/harness.ts";
import { createAuthOptions } from "./auth-options.ts";

const redisUrl = process.env.TEST_REDIS_URL;
if (!redisUrl) process.stderr.write("\n!!! TEST_REDIS_URL is not set: the sign-in limit tests are SKIPPED !!!\n\n");

const anIp = () => `198.51.100.${randomInt(1, 255)}`;
const failedAttempts = (database: TestDatabase, userId: string) =>
  database.db.auditLog.count({ where: { action: "identity.sign_in_failed", entityId: userId } });

describe.skipIf(!redisUrl)("sign-in limits, counted where the credentials are checked (real Redis)", () => {
  let redis: Redis;
  let database: TestDatabase;
  beforeAll(async () => {
    redis = connectRedis(redisUrl!);
    database = await createTestDatabase();
  });
  afterAll(async () => {
    redis.disconnect();
    await database.drop();
  });

  function authClient(overrides: Record<string, string>) {
    const config = testConfig(database.url, { AUTH_RATE_LIMIT_BACKEND: "redis", REDIS_URL: redisUrl!, ...overrides });
    const deps = { ...testDeps(database.db, database.url), config, rateLimits: createAuthRateLimits(config, redis) };
    return new AuthClient(deps, createAuthOptions(deps));
  }

  it("an encoded callback path reaches the credentials check, and its attempts count against the account", async () => {
    const client = authClient({ AUTH_RATE_LIMIT_ACCOUNT_REQUESTS: "3", AUTH_RATE_LIMIT_LOGIN_REQUESTS: "100" });
    const victim = await aUser(database.db, "STUDENT");
    const encoded = { path: "/api/auth/callback/credential%73" };
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await client.signIn({ email: victim.email, password: "guess" }, { ...encoded, ip: anIp() })).status).toBe(401);
    }
    // The fourth, from yet another address and with the right password, is refused unchecked.
    const refused = await client.signIn({ email: victim.email, password: victim.password }, { ...encoded, ip: anIp() });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: "rate_limited" });
    expect(client.sessionCookie).toBeUndefined();
    expect(await failedAttempts(database, victim.id)).toBe(3);
  });

  it("the right password signs in through the encoded path while within the limits", async () => {
    const client = authClient({});
    const user = await aUser(database.db, "STUDENT");
    const response = await client.signIn({ email: user.email, password: user.password }, { path: "/api/auth/callback/credential%73" });
    expect(response.status).toBe(200);
    expect(client.sessionCookie).toBeDefined();
  });

  it("the credentials callback takes a form and nothing else: no body is read two ways", async () => {
    const client = authClient({});
    const user = await aUser(database.db, "STUDENT");
    for (const contentType of [
      'application/x-www-form-urlencoded; a="application/json"',
      "application/json",
      "multipart/form-data; boundary=x",
      "text/plain",
    ]) {
      const response = await client.signIn({ email: user.email, password: user.password }, { contentType });
      expect(response.status, contentType).toBe(415);
    }
    expect(client.sessionCookie).toBeUndefined();
    expect(await database.db.auditLog.count({ where: { entityId: user.id, action: { startsWith: "identity.sign" } } })).toBe(0);
  });

  it("IPv6 clients are counted by their /64", async () => {
    const client = authClient({ AUTH_RATE_LIMIT_LOGIN_REQUESTS: "2", AUTH_RATE_LIMIT_ACCOUNT_REQUESTS: "100" });
    const prefix = `2001:db8:${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}`;
    const someone = { email: "nobody@example.com", password: "guess" };
    expect((await client.signIn(someone, { ip: `${prefix}::1` })).status).toBe(401);
    expect((await client.signIn(someone, { ip: `${prefix}:0:0:0:2` })).status).toBe(401);
    expect((await client.signIn(someone, { ip: `${prefix}:ffff:ffff:ffff:ffff` })).status).toBe(429);
  });

  it("the per-account limit slows an attacker down but does not lock the owner out", async () => {
    const windowSeconds = 60;
    const client = authClient({ AUTH_RATE_LIMIT_ACCOUNT_REQUESTS: "2", AUTH_RATE_LIMIT_ACCOUNT_WINDOW_SECONDS: String(windowSeconds) });
    const owner = await aUser(database.db, "STUDENT");
    // The limiter reads the time from Date.now(): a faked Date puts the attempts at the start of a
    // window (windows are aligned on the epoch), so all count in full, and then moves past it
    // without waiting.
    const windowMs = windowSeconds * 1000;
    const windowStart = (Math.floor(Date.now() / windowMs) + 2) * windowMs;
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(windowStart);
      await client.signIn({ email: owner.email, password: "guess" }, { ip: anIp() });
      await client.signIn({ email: owner.email, password: "guess" }, { ip: anIp() });
      expect((await client.signIn({ email: owner.email, password: owner.password }, { ip: anIp() })).status).toBe(429);
      vi.setSystemTime(windowStart + 2 * windowMs);
      expect((await client.signIn({ email: owner.email, password: owner.password }, { ip: anIp() })).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
    expect(client.sessionCookie).toBeDefined();
  });
});
