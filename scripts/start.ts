// The quick start: `npm start`. Without DATABASE_URL it runs an embedded PostgreSQL with its data
// in .data/postgres; then it migrates, seeds the demo school (outside production), builds, and
// runs web and worker together until Ctrl-C, which stops all three. A guardian process stops them
// too if this process is killed hard, and the next start stops whatever an earlier one left.
import { spawn, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";
import { ConfigError, parseConfig, type AppConfig } from "@guitaronline/config";
import { createDb } from "@guitaronline/db";
import {
  createDatabase,
  databaseExists,
  databaseUrl,
  migrateDeploy,
  repoRoot,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "@guitaronline/testbed/services";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "../prisma/seed/demo-data.ts";
import { runToEnd, stopChild, waitUntilHealthy } from "./lib/child-processes.ts";
import { localAuthSecret } from "./lib/dev-secret.ts";
import { loadDotEnv } from "./lib/dotenv.ts";
import { startGuardian, type Guardian } from "./lib/guardian.ts";
import { rememberStarted, stopLeftovers } from "./lib/leftovers.ts";
import { requireFreePorts } from "./lib/ports.ts";
import { StartFailure } from "./lib/start-failure.ts";
import { step } from "./lib/steps.ts";

const EMBEDDED_DATABASE = "guitaronline";
const dataDir = resolve(process.env.GUITARONLINE_DATA_DIR ?? join(repoRoot, ".data"));
const postgresDir = join(dataDir, "postgres");

const children: ChildProcess[] = [];
let embedded: RunningPostgres | undefined;
let guardian: Guardian | undefined;

let stopped: Promise<never> | undefined;

/** Stops web, worker and database, once, however many signals ask for it. */
function stopAll(exitCode: number): Promise<never> {
  stopped ??= (async () => {
    await Promise.all(children.map((child) => stopChild(child)));
    await embedded?.stop();
    guardian?.release();
    process.stdout.write(exitCode === 0 ? "Stopped.\n" : "");
    process.exit(exitCode);
  })();
  return stopped;
}

async function provideDatabase(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  await requireFreePorts({ EMBEDDED_POSTGRES_PORT: port });
  embedded = await step(`Starting the embedded PostgreSQL (${postgresDir}, port ${port})`, () =>
    startEmbeddedPostgres({ dataDir: postgresDir, port }),
  );
  if (embedded.postmasterPid) guardian?.guard(embedded.postmasterPid, "SIGINT");
  if (!(await databaseExists(embedded.serverUrl, EMBEDDED_DATABASE))) {
    await createDatabase(embedded.serverUrl, EMBEDDED_DATABASE);
  }
  process.env.DATABASE_URL = databaseUrl(embedded.serverUrl, EMBEDDED_DATABASE);
}

function launch(name: string, args: string[], cwd: string): ChildProcess {
  // The compiled outputs of `turbo run build`: plain JavaScript, no TypeScript loader.
  const child = spawn(process.execPath, args, { cwd, stdio: "inherit" });
  if (child.pid) guardian?.guard(child.pid, "SIGTERM");
  child.on("exit", (code, signal) => {
    // Ctrl-C reaches the children too; give our own SIGINT handler a moment to claim the stop.
    setTimeout(() => {
      if (stopped) return;
      process.stderr.write(`\nThe ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest.\n`);
      void stopAll(1);
    }, 300);
  });
  children.push(child);
  return child;
}

async function prepare(config: AppConfig): Promise<void> {
  await step("Applying database migrations", () => migrateDeploy(config.DATABASE_URL));
  if (!config.isProduction) {
    await step("Seeding the demo school", async () => {
      const db = createDb({ databaseUrl: config.DATABASE_URL, poolSize: 2 });
      await seedDemoData(db, { appEnv: config.APP_ENV }).finally(() => db.$disconnect());
    });
  }
  await step("Building the web app and the worker (cached after the first start)", async () => {
    const turbo = join(repoRoot, "node_modules", ".bin", "turbo");
    const built = await runToEnd(turbo, ["run", "build", "--filter=@guitaronline/web", "--filter=@guitaronline/worker", "--output-logs=errors-only"], {
      cwd: repoRoot,
    });
    if (built !== 0) throw new StartFailure("the web app did not build", "read the build errors above");
  });
}

async function main(): Promise<void> {
  loadDotEnv();
  process.env.APP_ENV ??= "development";
  if (process.env.APP_ENV !== "production") {
    process.env.AUTH_SECRET ??= localAuthSecret(join(dataDir, "auth-secret"));
  }
  guardian = startGuardian();
  const leftovers = await stopLeftovers(dataDir, postgresDir);
  for (const sentence of leftovers) process.stdout.write(`! ${sentence}\n`);

  await provideDatabase();
  const config = parseConfig(process.env);
  await requireFreePorts({ PORT: config.PORT, WORKER_PORT: config.WORKER_PORT });
  await prepare(config);

  const url = `http://localhost:${config.PORT}`;
  process.env.NEXTAUTH_URL ??= url;
  await step("Starting web and worker", async () => {
    const web = launch("web server", ["dist/server.js"], join(repoRoot, "apps/web"));
    launch("worker", [join(repoRoot, "apps/worker/dist/main.js")], repoRoot);
    rememberStarted(
      dataDir,
      children.map((child, index) => ({ name: index === 0 ? "web server" : "worker", pid: child.pid ?? 0 })),
    );
    await waitUntilHealthy(`${url}/api/health`, web);
  });
  printWelcome(url, config);
}

function printWelcome(url: string, config: AppConfig) {
  const lines = [
    "",
    `  GuitarOnline is running at ${url}`,
    `  Developer reference: ${url}/developers`,
    `  Worker health and metrics: http://localhost:${config.WORKER_PORT}/health, /metrics`,
    `  Database: ${embedded ? `embedded PostgreSQL (data in ${postgresDir})` : "DATABASE_URL"}`,
  ];
  if (!config.isProduction) {
    lines.push("", `  Demo sign-ins (password: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.role.padEnd(8)} ${account.email}`);
  }
  lines.push("", "  Press Ctrl-C to stop.", "");
  process.stdout.write(lines.join("\n") + "\n");
}

function explain(error: unknown): string {
  if (error instanceof StartFailure) return `Start failed: ${error.message}.\nWhat to do: ${error.advice}.`;
  if (error instanceof ConfigError) return `Start failed: ${error.message}\nWhat to do: fix that variable in the environment or in .env.`;
  const message = error instanceof Error ? error.message : String(error);
  return `Start failed: ${message}\nWhat to do: read the message above; \`npm start\` again once it is fixed.`;
}

async function fail(error: unknown): Promise<never> {
  process.stderr.write(`\n${explain(error)}\n`);
  return stopAll(1);
}

process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));
process.on("unhandledRejection", (reason) => void fail(reason));
// When `npm start` itself is killed, this process is re-parented: stop everything with it.
const launchedBy = process.ppid;
setInterval(() => process.ppid !== launchedBy && void stopAll(1), 1_000).unref();

main().catch(fail);
