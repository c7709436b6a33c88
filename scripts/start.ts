// The quick start: `npm start`. Without DATABASE_URL it runs an embedded PostgreSQL with its data
// in .data/postgres; then it migrates, seeds the demo school (outside production), builds, and
// runs web and worker together until Ctrl-C, which stops all three.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { ConfigError, parseConfig } from "@guitaronline/config";
import { createDb } from "@guitaronline/db";
import {
  createDatabase,
  databaseExists,
  databaseUrl,
  migrateDeploy,
  repoRoot,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "@guitaronline/db/services";
import { createLogger } from "@guitaronline/observability";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "../prisma/seed/demo-data.ts";
import { runToEnd, stopChild, waitUntilHealthy } from "./lib/child-processes.ts";
import { localAuthSecret } from "./lib/dev-secret.ts";
import { loadDotEnv } from "./lib/dotenv.ts";

const log = createLogger({ app: "start" });
const dataDir = join(repoRoot, ".data");
const EMBEDDED_DATABASE = "guitaronline";

async function provideDatabase(): Promise<RunningPostgres | undefined> {
  if (process.env.DATABASE_URL) return undefined;
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  log.info("starting the embedded PostgreSQL", { dataDir: join(dataDir, "postgres"), port });
  const server = await startEmbeddedPostgres({ dataDir: join(dataDir, "postgres"), port });
  if (!(await databaseExists(server.serverUrl, EMBEDDED_DATABASE))) {
    await createDatabase(server.serverUrl, EMBEDDED_DATABASE);
  }
  process.env.DATABASE_URL = databaseUrl(server.serverUrl, EMBEDDED_DATABASE);
  return server;
}

async function main() {
  loadDotEnv();
  process.env.APP_ENV ??= "development";
  if (process.env.APP_ENV !== "production") {
    process.env.AUTH_SECRET ??= localAuthSecret(join(dataDir, "auth-secret"));
  }
  const embedded = await provideDatabase();
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(children.map((child) => stopChild(child)));
    await embedded?.stop();
    log.info("stopped");
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));

  try {
    const config = parseConfig(process.env);
    await migrateDeploy(config.DATABASE_URL);
    log.info("migrations applied");
    if (!config.isProduction) {
      const db = createDb({ databaseUrl: config.DATABASE_URL, poolSize: 2 });
      await seedDemoData(db, { appEnv: config.APP_ENV }).finally(() => db.$disconnect());
      log.info("demo data seeded");
    }
    const turbo = join(repoRoot, "node_modules", ".bin", "turbo");
    const built = await runToEnd(turbo, ["run", "build", "--filter=@guitaronline/web", "--output-logs=errors-only"], {
      cwd: repoRoot,
    });
    if (built !== 0) throw new Error("the web app did not build");

    process.env.NEXTAUTH_URL ??= `http://localhost:${config.PORT}`;
    const web = spawn(process.execPath, ["--import", "tsx", "server.ts"], { cwd: join(repoRoot, "apps/web"), stdio: "inherit" });
    const worker = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "apps/worker/src/main.ts")], {
      cwd: repoRoot,
      stdio: "inherit",
    });
    children.push(web, worker);
    for (const child of children) {
      child.on("exit", (code) => {
        if (stopping) return;
        log.error("a process stopped unexpectedly; stopping the rest", { pid: child.pid, code });
        void stopAll(1);
      });
    }
    const url = `http://localhost:${config.PORT}`;
    await waitUntilHealthy(`${url}/api/health`, web);
    printWelcome(url, config.WORKER_PORT, config.isProduction, Boolean(embedded));
  } catch (error) {
    if (error instanceof ConfigError) log.error(error.message);
    else log.error("start failed", { error });
    await stopAll(1);
  }
}

function printWelcome(url: string, workerPort: number, isProduction: boolean, embedded: boolean) {
  const lines = [
    "",
    `  GuitarOnline is running at ${url}`,
    `  Worker health and metrics: http://localhost:${workerPort}/health, /metrics`,
    `  Database: ${embedded ? "embedded PostgreSQL (data in .data/postgres)" : "DATABASE_URL"}`,
  ];
  if (!isProduction) {
    lines.push("", `  Demo sign-ins (password: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.role.padEnd(8)} ${account.email}`);
  }
  lines.push("", "  Press Ctrl-C to stop.", "");
  process.stdout.write(lines.join("\n") + "\n");
}

void main();
