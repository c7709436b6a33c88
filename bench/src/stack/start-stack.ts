import { spawn } from "node:child_process";
import { once } from "node:events";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, repoRoot } from "@guitaronline/testbed/services";
import { openScratchDatabase, type ScratchDatabase } from "../scratch-database.ts";
import { runPackageScript, untilAnswering, type Service } from "./processes.ts";

export interface RunningStack {
  database: ScratchDatabase;
  redisUrl: string | undefined;
  webUrl: string;
  webBuildDir: string;
  /** Every process the stack started, for the report and the smoke test's "nothing left" check. */
  pids: number[];
  stop(options: { keep: boolean }): Promise<void>;
  /** On a signal, when the process has no time to wait: asks the services to stop, drops the database. */
  abandon(options: { keep: boolean }): void;
}

const webDir = join(repoRoot, "apps", "web");

/** The production build of apps/web, as `npm start` and the test runner make it: turbo, cached when fresh. */
async function buildWeb(log: (line: string) => void): Promise<void> {
  log("building apps/web for production (turbo; cached when nothing changed)…");
  const turbo = spawn(join(repoRoot, "node_modules", ".bin", "turbo"), ["run", "build", "--filter=@guitaronline/web", "--output-logs=errors-only"], {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const [code] = (await once(turbo, "exit")) as [number | null];
  if (code !== 0) throw new Error(`the web build failed (exit code ${code}): read turbo's output above`);
}

/**
 * The environment of a production deployment on this machine. Booking at full speed from one
 * address would hit the per-client mutation limit, which is the limiter's job, not the bench's.
 */
function productEnv(databaseUrl: string, redisUrl: string | undefined): NodeJS.ProcessEnv {
  return {
    ...process.env,
    APP_ENV: "production",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl ?? "",
    AUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: "https://bench.invalid",
    AUTH_RATE_LIMIT_BACKEND: redisUrl ? "redis" : "memory",
    AUTH_RATE_LIMIT_ALLOW_IN_MEMORY_IN_PRODUCTION: "true",
    AUTH_RATE_LIMIT_MUTATION_REQUESTS: "100000",
    AUTH_RATE_LIMIT_WINDOW_SECONDS: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/**
 * The isolated stack: a scratch database (migrated), the web app's production build served by
 * its own start script on a free port, and one worker. Redis is REDIS_URL's when set.
 */
export async function startStack(log: (line: string) => void): Promise<RunningStack> {
  await buildWeb(log);
  const database = await openScratchDatabase();
  log(`scratch database ${database.name} (${database.server})`);
  const redisUrl = process.env.REDIS_URL || undefined;
  const logDir = await mkdtemp(join(tmpdir(), "go-bench-logs-"));
  const services: Service[] = [];
  const stopServices = () => Promise.all(services.map((service) => service.stop()));
  let stopping: Promise<void> | undefined;
  // Once, whether the run ends or a signal stops it first.
  const stop = ({ keep }: { keep: boolean }) =>
    (stopping ??= (async () => {
      await stopServices();
      await database.close({ keep });
      if (!keep) await rm(logDir, { recursive: true, force: true });
    })());
  try {
    const [port, workerPort] = [await freePort(), await freePort()];
    const env = { ...productEnv(database.url, redisUrl), PORT: String(port), HOSTNAME_BIND: "127.0.0.1", WORKER_PORT: String(workerPort) };
    const web = runPackageScript("web app", "start", { cwd: webDir, env, logPath: join(logDir, "web.log") });
    services.push(web);
    const worker = runPackageScript("worker", "start", { cwd: join(repoRoot, "apps", "worker"), env, logPath: join(logDir, "worker.log") });
    services.push(worker);
    const webUrl = `http://127.0.0.1:${port}`;
    await Promise.all([untilAnswering(web, `${webUrl}/api/health`), untilAnswering(worker, `http://127.0.0.1:${workerPort}/health`)]);
    log(`web ${webUrl} (production build, \`npm run start\` in apps/web), one worker; Redis ${redisUrl ? "REDIS_URL" : "none (in-memory limiter)"}; logs in ${logDir}`);
    const abandon = ({ keep }: { keep: boolean }) => {
      for (const service of services) service.signal("SIGTERM");
      if (keep) return;
      if (database.server !== "embedded") database.dropNow();
      rmSync(logDir, { recursive: true, force: true });
    };
    return { database, redisUrl, webUrl, webBuildDir: join(webDir, ".next"), pids: services.map((service) => service.child.pid!), stop, abandon };
  } catch (error) {
    // The logs stay: the error names them.
    await stopServices();
    await database.close({ keep: false });
    throw error;
  }
}
