export { createLogger, type Logger } from "./logger.ts";
export { createHttpMetrics, observeRequest, type HttpMetrics } from "./metrics.ts";
export type { Registry } from "prom-client";
