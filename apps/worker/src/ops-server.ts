import { createServer, type Server } from "node:http";
import { observeRequest, type HttpMetrics } from "@guitaronline/observability";

/** The worker's own HTTP port: liveness at /health, Prometheus text at /metrics. */
export function createOpsServer(metrics: HttpMetrics): Server {
  return createServer(async (request, response) => {
    const startedAt = process.hrtime.bigint();
    const route = request.url?.split("?")[0] ?? "/";
    let status = 404;
    try {
      if (request.method === "GET" && route === "/health") {
        status = 200;
        response.writeHead(status, { "content-type": "application/json" }).end('{"status":"ok"}');
      } else if (request.method === "GET" && route === "/metrics") {
        const body = await metrics.registry.metrics();
        status = 200;
        response.writeHead(status, { "content-type": metrics.registry.contentType }).end(body);
      } else {
        response.writeHead(status, { "content-type": "application/json" }).end('{"error":"not_found"}');
      }
    } catch {
      status = 500;
      response.writeHead(status).end();
    } finally {
      const knownRoute = status === 404 ? "unknown" : route;
      observeRequest(metrics, { method: request.method ?? "GET", route: knownRoute, status }, startedAt);
    }
  });
}
