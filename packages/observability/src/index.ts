export { createLogger, type Logger } from "./logger.ts";
export {
  createHttpMetrics,
  createProcedureMetrics,
  observeRequest,
  registerDatabaseMetrics,
  type HttpMetrics,
  type ProcedureMetrics,
} from "./metrics.ts";
export type { Registry } from "prom-client";
export { registerBusinessMetrics, type BusinessSnapshot } from "./business-metrics.ts";
