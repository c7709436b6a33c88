import { randomBytes } from "node:crypto";
import { connectRedis, createAuthRateLimits } from "@guitaronline/api";
import { parseConfig } from "@guitaronline/config";
import { percentile } from "../measure.ts";
import type { Measurement, Scenario } from "../stack/scenario.ts";

const SCENARIO = "limiter";
const TARGET_P99_MS = 5;
const CALLS = { full: { warmUp: 200, timed: 5_000 }, smoke: { warmUp: 5, timed: 50 } };
/** Attempts spread over this many addresses and accounts, as many clients' would be. */
const CLIENTS = 1_000;

const CHECKS = ["sign-in check (address + account budgets)", "change budget check (every mutation)"];

/**
 * What the rate limiter adds to a request on the shared Redis the web processes use: one
 * sign-in check (two sliding-window scripts) and one change-budget check, timed one after
 * another. The budgets are raised so every check is let through (a refusal skips the second
 * script and would flatter the figures).
 */
export const limiterScenario: Scenario = {
  name: SCENARIO,
  async run(context) {
    if (!context.redisUrl) {
      return CHECKS.map((name) => ({
        scenario: SCENARIO,
        name,
        figures: {},
        summary: "SKIPPED: no Redis (set REDIS_URL)",
        target: `p99 ≤ ${TARGET_P99_MS} ms`,
        pass: null,
      }));
    }
    const run = randomBytes(4).toString("hex");
    const redis = connectRedis(context.redisUrl);
    const config = parseConfig({
      APP_ENV: "test",
      DATABASE_URL: context.databaseUrl,
      AUTH_SECRET: randomBytes(24).toString("hex"),
      REDIS_URL: context.redisUrl,
      AUTH_RATE_LIMIT_BACKEND: "redis",
      AUTH_RATE_LIMIT_LOGIN_REQUESTS: "10000",
      AUTH_RATE_LIMIT_ACCOUNT_REQUESTS: "10000",
      AUTH_RATE_LIMIT_MUTATION_REQUESTS: "100000",
    });
    const limits = createAuthRateLimits(config, redis);
    const calls = context.smoke ? CALLS.smoke : CALLS.full;
    // Documentation addresses (198.18.0.0/15) and the run's own accounts: no real client's budget is touched.
    const client = (index: number) => ({
      ip: `198.18.${(index % CLIENTS) >> 8}.${index % 256}`,
      account: `limiter-${run}-${index % CLIENTS}@bench.example`,
    });
    const checks = [
      (index: number) => limits.signIn(client(index).ip, client(index).account),
      (index: number) => limits.mutation(`limiter-${run}-${index % CLIENTS}`),
    ];
    try {
      // The web's connection queues nothing while it connects: wait until it is ready, as a warm process's is.
      await untilReady(redis);
      const measurements: Measurement[] = [];
      for (const [position, name] of CHECKS.entries()) {
        const samples = await timeEach(checks[position]!, calls);
        context.log(`limiter: ${name}: ${samples.length} checks timed`);
        measurements.push(measurement(name, samples));
      }
      return measurements;
    } finally {
      if (redis.status === "ready") await removeRunKeys(redis, run);
      redis.disconnect();
    }
  },
};

async function untilReady(redis: ReturnType<typeof connectRedis>) {
  const deadline = Date.now() + 10_000;
  while (redis.status !== "ready") {
    if (Date.now() > deadline) throw new Error("limiter: Redis did not become ready within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function timeEach(check: (index: number) => Promise<void>, { warmUp, timed }: { warmUp: number; timed: number }): Promise<number[]> {
  for (let index = 0; index < warmUp; index++) await check(index);
  const samples: number[] = [];
  for (let index = warmUp; index < warmUp + timed; index++) {
    const startedAt = performance.now();
    await check(index);
    samples.push(performance.now() - startedAt);
  }
  return samples.sort((a, b) => a - b);
}

function measurement(name: string, sorted: number[]): Measurement {
  const figures = { calls: sorted.length, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), maxMs: sorted.at(-1)! };
  return {
    scenario: SCENARIO,
    name,
    figures,
    summary: `p50 ${figures.p50Ms.toFixed(2)} ms, p99 ${figures.p99Ms.toFixed(2)} ms (${figures.calls} checks)`,
    target: `p99 ≤ ${TARGET_P99_MS} ms`,
    pass: figures.p99Ms <= TARGET_P99_MS,
  };
}

/**
 * The run's account and user keys go at once; the addresses' lapse with their window (a minute
 * or two), as a real client's would.
 */
async function removeRunKeys(redis: ReturnType<typeof connectRedis>, run: string) {
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `guitaronline:ratelimit:*${run}*`, "COUNT", 1_000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== "0");
}
