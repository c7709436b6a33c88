import "server-only";
import { businessSnapshot } from "@guitaronline/domain";
import { statementsRun } from "@guitaronline/db";
import { createHttpMetrics, registerBusinessMetrics, registerDatabaseMetrics, type HttpMetrics } from "@guitaronline/observability";
import { getDb, getReadDb } from "./db";

const SHARED = Symbol.for("guitaronline.web.metrics");

/** One registry per process, whichever route bundle asks first; business gauges read the database at scrape time. */
export function webMetrics(): HttpMetrics {
  const holder = globalThis as typeof globalThis & { [SHARED]?: HttpMetrics };
  if (!holder[SHARED]) {
    const metrics = createHttpMetrics("web");
    registerBusinessMetrics(metrics.registry, () => businessSnapshot(getReadDb() ?? getDb()));
    registerDatabaseMetrics(metrics.registry, statementsRun);
    holder[SHARED] = metrics;
  }
  return holder[SHARED];
}
