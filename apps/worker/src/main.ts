import { once } from "node:events";
import { ConfigError, getConfig } from "@guitaronline/config";
import { createDb } from "@guitaronline/db";
import { createHttpMetrics, createLogger } from "@guitaronline/observability";
import { createOpsServer } from "./ops-server.ts";

const log = createLogger({ app: "worker" });

async function main() {
  const config = getConfig();
  const db = createDb({ databaseUrl: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
  const metrics = createHttpMetrics("worker");
  const server = createOpsServer(metrics);
  server.listen(config.WORKER_PORT);
  await once(server, "listening");
  log.info("worker started", { port: config.WORKER_PORT, env: config.APP_ENV });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("worker stopping", { signal });
    server.close();
    server.closeAllConnections();
    await db.$disconnect();
    log.info("worker stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) log.error(error.message);
  else log.error("worker failed to start", { error });
  process.exit(1);
});
