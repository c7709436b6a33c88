// The web process: Next.js behind a plain Node HTTP server, which is the only place that knows
// the TCP peer's address. It records that address in a header (dropping any copy a client sent),
// so the rate limiter can tell a trusted proxy from a client forging X-Forwarded-For.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
// Subpath imports keep the compiled server small: the API itself runs inside the Next.js build.
import { PEER_ADDRESS_HEADER } from "@guitaronline/api/client-ip";
import { API_CONTENT_SECURITY_POLICY, securityHeaders } from "@guitaronline/api/security-headers";
import { ConfigError, getConfig } from "@guitaronline/config";
import { createLogger } from "@guitaronline/observability";
import next from "next";

const log = createLogger({ app: "web" });

async function main() {
  const config = getConfig();
  const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
  // Compiled to dist/server.js for production: the app (with its .next build) is the folder above.
  const app = next({ dev: false, dir: fileURLToPath(new URL("..", import.meta.url)), hostname, port: config.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  const headers = Object.entries(securityHeaders({ production: config.isProduction }));
  const server = createServer((request, response) => {
    request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    // On every response; pages get their nonce policy from src/proxy.ts.
    for (const [name, value] of headers) response.setHeader(name, value);
    if (request.url?.startsWith("/api/")) response.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    void handle(request, response);
  });
  server.listen(config.PORT, hostname, () => log.info("web started", { port: config.PORT, env: config.APP_ENV }));
  const stop = (signal: string) => {
    log.info("web stopping", { signal });
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) log.error(error.message);
  else log.error("web failed to start", { error });
  process.exit(1);
});
