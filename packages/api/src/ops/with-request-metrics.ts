import { observeRequest, type HttpMetrics } from "@guitaronline/observability";

type Handler = (request: Request) => Promise<Response> | Response;

/** Wraps a route handler so every request is counted and timed under a fixed route label. */
export function withRequestMetrics(metrics: HttpMetrics, route: string, handler: Handler): Handler {
  return async (request) => {
    const startedAt = process.hrtime.bigint();
    let status = 500;
    try {
      const response = await handler(request);
      status = response.status;
      return response;
    } finally {
      observeRequest(metrics, { method: request.method, route, status }, startedAt);
    }
  };
}
