import { expect, it } from "vitest";
import { smokeContext } from "../smoke-context.ts";
import { outboxScenario } from "./outbox-scenario.ts";

// The shape of the results and the delivery counts, never the speed (a smoke run on a busy machine).
it("drains a small outbox with one worker and two, times commit to notification, and loses and repeats nothing", { timeout: 240_000 }, async () => {
  const measurements = await outboxScenario.run(smokeContext());

  expect(measurements.map((line) => [line.scenario, line.name, line.target])).toEqual([
    ["outbox", "drain 500 events, 1 worker", "≥ 1,000 events/s"],
    ["outbox", "drain 500 events, 2 workers", "≥ 1,800 events/s"],
    ["outbox", "commit → notification, 50 events/s for 2 s, 1 worker", "p95 ≤ 500 ms"],
    ["outbox", "every event delivered once", "0 lost, 0 duplicated"],
  ]);
  const [oneWorker, twoWorkers, steady, once] = measurements;
  for (const drained of [oneWorker!, twoWorkers!]) {
    expect(drained.figures.perSecond).toBeGreaterThan(0);
    expect(drained.summary).toMatch(/^[\d,]+ events\/s \([\d.]+ s\)$/);
  }
  expect(steady!.figures.events).toBe(100);
  expect(steady!.figures.p95Ms).toBeGreaterThanOrEqual(steady!.figures.p50Ms!);
  expect(once!.figures).toMatchObject({ events: 1_100, processed: 1_100, inApp: 2_200, emailed: 1_100, mailsReceived: 1_100, lost: 0, duplicated: 0 });
  expect(once!.pass).toBe(true);
});
