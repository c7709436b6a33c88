import { once } from "node:events";
import { ConfigError, getConfig } from "@guitaronline/config";
import { createDb, statementsRun } from "@guitaronline/db";
import { schoolSettings, systemClock } from "@guitaronline/domain";
import { createHttpMetrics, createLogger, registerDatabaseMetrics } from "@guitaronline/observability";
import { createDispatcher } from "./dispatcher.ts";
import { smtpMailer } from "./email/smtp-mailer.ts";
import { createOpsServer } from "./ops-server.ts";
import { listenForOutboxEvents } from "./outbox-listener.ts";
import { startSchedules } from "./schedules.ts";
import { createWorkerMetrics } from "./worker-metrics.ts";

const log = createLogger({ app: "worker" });

async function main() {
  const config = getConfig();
  const db = createDb({ databaseUrl: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
  const metrics = createHttpMetrics("worker");
  registerDatabaseMetrics(metrics.registry, statementsRun);
  const mailer = config.SMTP_URL ? smtpMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }) : undefined;
  const dispatcher = createDispatcher({
    db,
    clock: systemClock,
    log,
    mailer,
    metrics: createWorkerMetrics(metrics.registry, db),
    batchSize: config.OUTBOX_BATCH_SIZE,
    leaseMs: config.OUTBOX_LEASE_SECONDS * 1000,
    pollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    maxRetries: config.OUTBOX_MAX_RETRIES,
  });
  const listener = listenForOutboxEvents(config.DATABASE_URL, dispatcher.wake, log);
  const settings = schoolSettings(config);
  const schedules = startSchedules(() => ({ db, clock: systemClock, settings }), log);
  const server = createOpsServer(metrics);
  server.listen(config.WORKER_PORT);
  await once(server, "listening");
  log.info("worker started", { port: config.WORKER_PORT, env: config.APP_ENV, workerId: dispatcher.workerId, email: Boolean(mailer) });
  const draining = dispatcher.run();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("worker stopping: finishing the batch in hand", { signal });
    dispatcher.stop();
    await Promise.all([schedules.stop(), draining]);
    await listener.close();
    server.close();
    server.closeAllConnections();
    mailer?.close();
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
