import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

export interface HttpMetrics {
  registry: Registry;
  requests: Counter<"method" | "route" | "status">;
  duration: Histogram<"method" | "route" | "status">;
}

/** A registry with the process's default metrics and the HTTP request metrics every app exposes. */
export function createHttpMetrics(app: string): HttpMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ app });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests handled, by method, route and status code.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer an HTTP request, by method, route and status code.",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return { registry, requests, duration };
}

/** Records one request's outcome and latency. */
export function observeRequest(
  metrics: HttpMetrics,
  labels: { method: string; route: string; status: number },
  startedAt: bigint,
) {
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  const values = { method: labels.method, route: labels.route, status: String(labels.status) };
  metrics.requests.inc(values);
  metrics.duration.observe(values, seconds);
}

export interface ProcedureMetrics {
  calls: Counter<"procedure" | "type" | "code">;
  duration: Histogram<"procedure" | "type">;
}

/** Per-procedure call counts (by outcome code) and latency, on the given registry. */
export function createProcedureMetrics(registry: Registry): ProcedureMetrics {
  return {
    calls: new Counter({
      name: "trpc_calls_total",
      help: "tRPC procedure calls, by procedure, type and outcome code (OK or the tRPC error code).",
      labelNames: ["procedure", "type", "code"] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: "trpc_call_duration_seconds",
      help: "Time spent in a tRPC procedure, by procedure and type.",
      labelNames: ["procedure", "type"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };
}

/**
 * `db_queries_total`: the statements the process's database pools have run (`statementsRun`
 * reads the pools' own tally), so statements per call is its rate over the calls' rate.
 */
export function registerDatabaseMetrics(registry: Registry, statementsRun: () => number) {
  new Counter({
    name: "db_queries_total",
    help: "Statements run by the database pool, transaction control included.",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(statementsRun());
    },
  });
}
