import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:net";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { TemporarilyUnavailable } from "@guitaronline/domain";
import { freePort } from "@guitaronline/testbed/services";
import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withSignInRateLimit } from "../auth/sign-in-rate-limit.ts";
import { connectRedis } from "../redis.ts";
import { aUser, clientFor, failureOf, testConfig, testDeps } from "../testing/harness.ts";
import { createAuthRateLimits } from "./auth-limits.ts";
import { upstashCommandsOverIoredis } from "./ioredis-adapter.ts";
import { enforceLimit } from "./limiter.ts";
import { upstashLimiter } from "./upstash-limiter.ts";

const redisUrl = process.env.TEST_REDIS_URL;

/** The start of the next window of `seconds` from now, in milliseconds since the epoch. */
const windowStart = (seconds: number) => (Math.floor(Date.now() / (seconds * 1000)) + 1) * seconds * 1000;
if (!redisUrl) {
  process.stderr.write("\n!!! TEST_REDIS_URL is not set: the Redis rate-limit tests are SKIPPED !!!\n\n");
}

describe.skipIf(!redisUrl)("rate limits on the real Redis", () => {
  let redis: Redis;
  let database: TestDatabase;
  const prefix = `test-${randomUUID()}`;
  beforeAll(async () => {
    redis = connectRedis(redisUrl!);
    database = await createTestDatabase();
  });
  afterAll(async () => {
    const keys = await redis.keys(`guitaronline:ratelimit:${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await database.drop();
  });

  const limiter = (requests: number, windowSeconds: number) =>
    upstashLimiter(upstashCommandsOverIoredis(redis), { prefix, requests, windowSeconds });

  it("allows N attempts in a window and refuses attempt N+1 with a Retry-After", async () => {
    const key = randomUUID();
    const threePerMinute = limiter(3, 60);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(windowStart(60) + 1_000);
      const decisions = [];
      for (let attempt = 0; attempt < 4; attempt++) decisions.push(await threePerMinute.consume(key));
      expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
      expect(decisions[3]!.retryAfterSeconds).toBe(59);
    } finally {
      vi.useRealTimers();
    }
  });

  it("the window slides: a quarter into the next window, three quarters of the last one's attempts still count", async () => {
    const key = randomUUID();
    const threePerMinute = limiter(3, 60);
    vi.useFakeTimers({ toFake: ["Date"] }); // the limiter reads the time from Date; Redis keeps the counts
    try {
      const start = windowStart(60);
      vi.setSystemTime(start + 1_000);
      for (let attempt = 0; attempt < 3; attempt++) expect((await threePerMinute.consume(key)).allowed).toBe(true);
      // A fixed window would start afresh here and allow three.
      vi.setSystemTime(start + 60_000 + 15_000);
      expect((await threePerMinute.consume(key)).allowed).toBe(true); // 3 × 0.75 rounds down to 2 in use
      expect((await threePerMinute.consume(key)).allowed).toBe(false);
      // Two windows on, nothing of the first remains: the second's one attempt counts a quarter.
      vi.setSystemTime(start + 120_000 + 45_000);
      expect((await threePerMinute.consume(key)).allowed).toBe(true);
      expect((await threePerMinute.consume(key)).allowed).toBe(true);
      expect((await threePerMinute.consume(key)).allowed).toBe(true);
      expect((await threePerMinute.consume(key)).allowed).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("two processes share one budget", async () => {
    const key = randomUUID();
    const child = fileURLToPath(new URL("./consume-in-child.ts", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", child, redisUrl!, prefix, key, "2"]);
    expect(JSON.parse(stdout)).toEqual([true, true]);
    const here = upstashLimiter(upstashCommandsOverIoredis(redis), { prefix, requests: 3, windowSeconds: 30 });
    expect((await here.consume(key)).allowed).toBe(true);
    expect((await here.consume(key)).allowed).toBe(false);
  });

  it("registration over the limit is TOO_MANY_REQUESTS / rate_limited with Retry-After", async () => {
    const config = testConfig(database.url, {
      AUTH_RATE_LIMIT_BACKEND: "redis",
      REDIS_URL: redisUrl!,
      AUTH_RATE_LIMIT_REGISTER_REQUESTS: "2",
    });
    const deps = { ...testDeps(database.db, database.url), config, rateLimits: createAuthRateLimits(config, redis) };
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const register = (n: number) =>
      clientFor(deps, null, ip).identity.register.mutate({
        email: `limited-${n}-${randomUUID()}@example.com`,
        password: "long enough password",
        name: "Limited",
      });
    await register(1);
    await register(2);
    const failure = await failureOf(register(3));
    expect(failure).toMatchObject({ code: "TOO_MANY_REQUESTS", appCode: "rate_limited", httpStatus: 429 });
  });

  it("the sign-in endpoint answers 429 with Retry-After once an account's budget is spent", async () => {
    const config = testConfig(database.url, { AUTH_RATE_LIMIT_BACKEND: "redis", REDIS_URL: redisUrl!, AUTH_RATE_LIMIT_LOGIN_REQUESTS: "2" });
    const deps = { ...testDeps(database.db, database.url), config, rateLimits: createAuthRateLimits(config, redis) };
    const handler = withSignInRateLimit(deps, async () => new Response("signed in"));
    const email = `victim-${randomUUID()}@example.com`;
    const attempt = (ip: string) =>
      handler(
        new Request("http://localhost/api/auth/callback/credentials", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", "x-guitaronline-peer-address": ip },
          body: new URLSearchParams({ email, password: "guess" }),
        }),
        {},
      );
    expect((await attempt("192.0.2.1")).status).toBe(200);
    expect((await attempt("192.0.2.2")).status).toBe(200);
    const refused = await attempt("192.0.2.3"); // another IP, the same account
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: "rate_limited" });
  });
});

describe("when Redis is down or slow", () => {
  let database: TestDatabase;
  let silentServer: Server;
  let silentPort: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    // Accepts connections and never answers: a Redis that hangs.
    silentServer = createServer(() => undefined);
    silentPort = await freePort();
    await new Promise<void>((resolve) => silentServer.listen(silentPort, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    silentServer.close();
    await database.drop();
  });

  async function depsOn(url: string) {
    const redis = connectRedis(url);
    const config = testConfig(database.url, { AUTH_RATE_LIMIT_BACKEND: "redis", REDIS_URL: url });
    return { redis, deps: { ...testDeps(database.db, database.url), config, rateLimits: createAuthRateLimits(config, redis) } };
  }

  it("a stopped Redis fails sign-in closed, while identity.me keeps working", async () => {
    const { redis, deps } = await depsOn(`redis://127.0.0.1:${await freePort()}`);
    try {
      const handler = withSignInRateLimit(deps, async () => new Response("signed in"));
      const response = await handler(
        new Request("http://localhost/api/auth/callback/credentials", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ email: "someone@example.com", password: "x" }),
        }),
        {},
      );
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: "temporarily_unavailable" });
      const registration = await failureOf(
        clientFor(deps).identity.register.mutate({ email: "r@example.com", password: "long enough password", name: "R" }),
      );
      expect(registration).toMatchObject({ code: "SERVICE_UNAVAILABLE", appCode: "temporarily_unavailable" });
      const user = await aUser(database.db, "STUDENT");
      await expect(clientFor(deps, user.session).identity.me.query()).resolves.toMatchObject({ id: user.id });
    } finally {
      redis.disconnect();
    }
  });

  it("a Redis that does not answer fails closed within the limiter's timeout", async () => {
    const { redis, deps } = await depsOn(`redis://127.0.0.1:${silentPort}`);
    try {
      const limiter = upstashLimiter(upstashCommandsOverIoredis(redis), { prefix: "slow", requests: 5, windowSeconds: 60 });
      const startedAt = Date.now();
      await expect(enforceLimit(limiter, "key", 500)).rejects.toBeInstanceOf(TemporarilyUnavailable);
      expect(Date.now() - startedAt).toBeLessThan(2_000);
      await expect(deps.rateLimits.signIn("1.2.3.4", "a@example.com")).rejects.toBeInstanceOf(TemporarilyUnavailable);
    } finally {
      redis.disconnect();
    }
  });
});
