import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:net";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { TemporarilyUnavailable } from "@guitaronline/domain";
import { freePort } from "@guitaronline/testbed/services";
import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthOptions } from "../auth/auth-options.ts";
import { connectRedis } from "../redis.ts";
import { AuthClient } from "../testing/auth-client.ts";
import { aUser, clientFor, failureOf, testConfig, testDeps } from "../testing/harness.ts";
import { createAuthRateLimits } from "./auth-limits.ts";
import { upstashCommandsOverIoredis } from "./ioredis-adapter.ts";
import { enforceLimit } from "./limiter.ts";
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

  it("allows N attempts, refuses attempt N+1 with a Retry-After, and the window slides", async () => {
    const key = randomUUID();
    const threePerSecond = limiter(3, 1);
    // Start at the beginning of a window, so all four attempts fall into it.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));
    const decisions = [];
    for (let attempt = 0; attempt < 4; attempt++) decisions.push(await threePerSecond.consume(key));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await threePerSecond.consume(key)).allowed).toBe(true);
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
