import type { Db } from "@guitaronline/db";
import { createHttpMetrics, createProcedureMetrics, registerBusinessMetrics, registerDatabaseMetrics, type Registry } from "@guitaronline/observability";
import { createWorkerMetrics } from "../../../apps/worker/src/worker-metrics.ts";

// Registering reads nothing: the gauges read the database only when scraped, which never happens here.
const neverRead = new Proxy({}, {
  get() {
    throw new Error("metric names only: the database is never read");
  },
}) as Db;

function seriesNames(registry: Registry): string[] {
  return registry.getMetricsAsArray().flatMap((metric) => {
    const { name, type } = metric as unknown as { name: string; type: string };
    if (type === "histogram") return [`${name}_bucket`, `${name}_sum`, `${name}_count`];
    if (type === "summary") return [name, `${name}_sum`, `${name}_count`];
    return [name];
  });
}

/**
 * Every series name web and worker export, from the same functions that register them in the
 * apps, plus `up`, which Prometheus adds for each scrape target.
 */
export function exportedSeriesNames(): Set<string> {
  const web = createHttpMetrics("web");
  createProcedureMetrics(web.registry);
  registerBusinessMetrics(web.registry, () => Promise.reject(new Error("never read")));
  registerDatabaseMetrics(web.registry, () => 0);
  const worker = createHttpMetrics("worker");
  createWorkerMetrics(worker.registry, neverRead);
  registerDatabaseMetrics(worker.registry, () => 0);
  return new Set(["up", ...seriesNames(web.registry), ...seriesNames(worker.registry)]);
}
