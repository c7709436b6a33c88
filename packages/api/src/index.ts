export { healthResponse } from "./ops/health.ts";
export { metricsResponse } from "./ops/metrics.ts";
export { readinessResponse } from "./ops/readiness.ts";
export { withRequestMetrics } from "./ops/with-request-metrics.ts";
