import { expect, it } from "vitest";
import { smokeContext } from "../smoke-context.ts";
import { limiterScenario } from "./limiter-scenario.ts";

const redisUrl = process.env.TEST_REDIS_URL || undefined;

const NAMES = ["sign-in check (address + account budgets)", "change budget check (every mutation)"];

// The shape of the results, never the speed.
it.skipIf(!redisUrl)("times the sign-in and change-budget checks against Redis", async () => {
  const measurements = await limiterScenario.run(smokeContext({ redisUrl }));
  expect(measurements.map((line) => [line.scenario, line.name, line.target])).toEqual(NAMES.map((name) => ["limiter", name, "p99 ≤ 5 ms"]));
  for (const line of measurements) {
    expect(line.figures.calls).toBe(50);
    expect(line.figures.p99Ms).toBeGreaterThanOrEqual(line.figures.p50Ms!);
    expect(line.summary).toMatch(/^p50 [\d.]+ ms, p99 [\d.]+ ms \(50 checks\)$/);
  }
});

it("says it skipped, in every line, without Redis", async () => {
  const measurements = await limiterScenario.run(smokeContext());
  expect(measurements.map((line) => [line.name, line.summary, line.pass])).toEqual(NAMES.map((name) => [name, "SKIPPED: no Redis (set REDIS_URL)", null]));
});
