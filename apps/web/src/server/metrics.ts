import "server-only";
import { createHttpMetrics, type HttpMetrics } from "@guitaronline/observability";

const SHARED = Symbol.for("guitaronline.web.metrics");

/** One registry per process, whichever route bundle asks first. */
export function webMetrics(): HttpMetrics {
  const holder = globalThis as typeof globalThis & { [SHARED]?: HttpMetrics };
  holder[SHARED] ??= createHttpMetrics("web");
  return holder[SHARED];
}
