export { freePort } from "./free-port.ts";
export {
  isRunning,
  readPostmasterPid,
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type RunningPostgres,
} from "./embedded-postgres.ts";
export { givenOrEmbeddedPostgres, type PostgresForRun } from "./given-or-embedded-postgres.ts";
export {
  createDatabase,
  databaseExists,
  databaseUrl,
  dropDatabase,
  dropDatabasesStartingWith,
  withServerConnection,
} from "./databases.ts";
export { migrateDeploy, repoRoot, runPrisma } from "./migrate.ts";
export { runCaptured, type CapturedRun } from "./run-captured.ts";
export { locateRedis, type RunningRedis } from "./redis.ts";
export { startProductProcess, type ProductProcess } from "./product-process.ts";
export { startMailCounter, type MailCounter } from "./mail-counter.ts";
