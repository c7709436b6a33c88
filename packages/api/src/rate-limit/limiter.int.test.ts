import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:net";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { TemporarilyUnavailable } from "@guitaronline/domain";
import { freePort } from "@guitaronline/testbed/services";
import { createTestDatabase, TEST_PASSWORD, type TestDatabase } from "@guitaronline/testbed/testing";
import { Ratelimit } from "@upstash/ratelimit";
import type { Redis as UpstashRedis } from "@upstash/redis";
import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createAuthOptions } from "../auth/auth-options.ts";
import { connectRedis } from "../redis.ts";
import { AuthClient } from "../testing/auth-client.ts";
import { aUser, clientFor, failureOf, testConfig, testDeps } from "../testing/harness.ts";
import { createAuthRateLimits } from "./auth-limits.ts";
import { upstashCommandsOverIoredis } from "./ioredis-adapter.ts";
import { enforceLimit, type RateLimiter } from "./limiter.ts";
import { upstashLimiter } from "./upstash-limiter.ts";

const redisUrl = process.env.TEST_REDIS_URL;
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

  /** @upstash/ratelimit's fixed window on the same Redis: what "the window slides" must tell apart. */
  const fixedWindowControl = (requests: number, windowSeconds: number): RateLimiter => {
    const ratelimit = new Ratelimit({
      redis: upstashCommandsOverIoredis(redis) as UpstashRedis,
      limiter: Ratelimit.fixedWindow(requests, `${windowSeconds} s`),
      prefix: `guitaronline:ratelimit:${prefix}`,
      timeout: 0,
      ephemeralCache: false,
    });
    return { consume: async (key) => ({ allowed: (await ratelimit.limit(key)).success, retryAfterSeconds: 0 }) };
  };

  // The limiter reads the time from Date.now() and hands it to its Redis script, so a faked Date
  // places each attempt exactly where the test says in a window: no waiting, no racing the clock.
  const WINDOW_SECONDS = 60;
  const WINDOW_MS = WINDOW_SECONDS * 1000;
  afterEach(() => {
    vi.useRealTimers();
  });
  /** The start of a window still to come, so no key of it exists yet. */
  const aWindowAhead = () => (Math.floor(Date.now() / WINDOW_MS) + 2) * WINDOW_MS;
  async function allowedOf(limiter: RateLimiter, key: string, at: number, attempts: number): Promise<number> {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(at);
    let allowed = 0;
    for (let attempt = 0; attempt < attempts; attempt++) if ((await limiter.consume(key)).allowed) allowed++;
    return allowed;
  }

  /** 3 per window: four attempts at once, then one two windows later. What any window limiter passes. */
  async function burstThenWait(limiter: RateLimiter) {
    const key = randomUUID();
    const start = aWindowAhead();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start + WINDOW_MS / 2);
    const burst = [];
    for (let attempt = 0; attempt < 4; attempt++) burst.push(await limiter.consume(key));
    return { burst, allowedAfterTwoWindows: await allowedOf(limiter, key, start + 2.5 * WINDOW_MS, 1) };
  }

  /**
   * 10 per window, 12 attempts at each time: late in one window, then a quarter, a half into the
   * next, and a quarter into the one after. A fixed window forgets the burst at its boundary; a
   * sliding one keeps counting the previous window's attempts by how much of it still overlaps
   * (10 × ¾ = 7 of them a quarter in, 5 half-way).
   */
  async function acrossTheBoundary(limiter: RateLimiter): Promise<number[]> {
    const key = randomUUID();
    const start = aWindowAhead();
    const allowed = [];
    for (const at of [0.75, 1.25, 1.5, 2.25]) allowed.push(await allowedOf(limiter, key, start + at * WINDOW_MS, 12));
    return allowed;
  }

  it("allows N attempts, refuses attempt N+1 with a Retry-After, and allows again once the window has passed", async () => {
    const { burst, allowedAfterTwoWindows } = await burstThenWait(limiter(3, WINDOW_SECONDS));
    expect(burst.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(burst[3]!.retryAfterSeconds).toBe(WINDOW_SECONDS / 2);
    expect(allowedAfterTwoWindows).toBe(1);
  });

  it("the window slides: a burst late in one window still counts early in the next, less as it passes", async () => {
    // Late: all 10. A quarter in: 10 - 7. Half-way: 10 - 5 - the 3 just made. The next window, a
    // quarter in: the 5 of the window before, weighted ¾, leave 10 - 3.
    expect(await acrossTheBoundary(limiter(10, WINDOW_SECONDS))).toEqual([10, 3, 2, 7]);
  });

  it("control: a fixed window passes the burst-and-wait check but not the slide", async () => {
    const { burst, allowedAfterTwoWindows } = await burstThenWait(fixedWindowControl(3, WINDOW_SECONDS));
    expect(burst.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(allowedAfterTwoWindows).toBe(1);
    expect(await acrossTheBoundary(fixedWindowControl(10, WINDOW_SECONDS))).toEqual([10, 10, 0, 10]);
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
        password: TEST_PASSWORD,
        name: "Limited",
      });
    await register(1);
    await register(2);
    const failure = await failureOf(register(3));
    expect(failure).toMatchObject({ code: "TOO_MANY_REQUESTS", appCode: "rate_limited", httpStatus: 429 });
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
      const response = await new AuthClient(deps, createAuthOptions(deps)).signIn({ email: "someone@example.com", password: "x" });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: "temporarily_unavailable" });
      const registration = await failureOf(
        clientFor(deps).identity.register.mutate({ email: "r@example.com", password: TEST_PASSWORD, name: "R" }),
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
