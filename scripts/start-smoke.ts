// README command 1 under test: `npm start` on a fresh embedded database, as a newcomer runs it.
// It must serve the demo school, stop cleanly on Ctrl-C, leave nothing behind when killed hard,
// and come up again after a crash that left its servers running. Prints one line per check.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { freePort, repoRoot } from "@guitaronline/testbed/services";
import { DEMO_PASSWORD, DEMO_STUDENT_EMAIL } from "../prisma/seed/demo-accounts.ts";
import { createCheckRunner } from "./lib/checks.ts";
import { runToEnd } from "./lib/child-processes.ts";
import { runOpsCommand } from "./lib/ops/ops-cli.ts";
import { portIsFree } from "./lib/ports.ts";
import { DemoSession } from "./lib/smoke/demo-session.ts";
import type { GroupMember } from "./lib/smoke/process-group.ts";
import { StartedProduct, type StartSettings } from "./lib/smoke/started-product.ts";
import type { RunnerTotals } from "./lib/test-report.ts";

const START_PROCESS = /scripts\/start\.ts/;
const GUARDIAN = /guardian\.mjs/;

function describe(left: GroupMember[]): string {
  return left.map((member) => `${member.pid} ${member.commandLine.slice(0, 100)}`).join("; ");
}

async function assertPortsFree(settings: StartSettings): Promise<void> {
  for (const port of [settings.port, settings.workerPort, settings.postgresPort]) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} is still taken`);
  }
}

async function assertNothingLeft(left: GroupMember[], settings: StartSettings): Promise<void> {
  if (left.length > 0) throw new Error(`still running: ${describe(left)}`);
  await assertPortsFree(settings);
}

export async function runStartSmoke(): Promise<RunnerTotals> {
  const { totals, check } = createCheckRunner("npm start");
  const dataDir = await mkdtemp(join(tmpdir(), "go-start-smoke-"));
  // Run as root, PostgreSQL runs as its own user, which must be able to reach its data directory.
  await chmod(dataDir, 0o755);
  const settings: StartSettings = {
    dataDir,
    port: await freePort(),
    workerPort: await freePort(),
    postgresPort: await freePort(),
  };
  const products: StartedProduct[] = [];
  const start = () => {
    const product = new StartedProduct(settings);
    products.push(product);
    return product;
  };

  try {
    const first = start();
    let token = "";
    const up = await check("npm start on a fresh embedded database serves /api/health", () => first.ready());
    if (up) {
      await check("the demo student signs in over HTTP and reads booking.my", async () => {
        const session = new DemoSession(first.url);
        await session.signIn(DEMO_STUDENT_EMAIL, DEMO_PASSWORD);
        const page = await session.query<{ items: unknown[] }>("booking.my", { limit: 5 });
        if (!Array.isArray(page.items)) throw new Error("booking.my answered without items");
        token = (await session.mutation<{ token: string }>("identity.createApiToken", { name: "start smoke" })).token;
      });
      await check("the typed client's example books a lesson with the student's token", async () => {
        const exitCode = await runToEnd("pnpm", ["--filter", "@guitaronline/client", "example:book"], {
          cwd: repoRoot,
          env: { ...process.env, GUITARONLINE_URL: first.url, GUITARONLINE_TOKEN: token },
          stdio: "ignore",
        });
        if (exitCode !== 0) throw new Error(`the example exited with ${exitCode}`);
      });
      await check("`pnpm ops smoke` passes against it: health, ready, metrics, the demo student's sign-in and reads", async () => {
        const smoke = await runOpsCommand(["smoke", first.url]);
        if (smoke.exitCode !== 0 || !/^4 passed, 0 failed$/m.test(smoke.output)) throw new Error(smoke.output.trim());
      });
    }
    await check("Ctrl-C stops web, worker and database, and frees every port", async () =>
      assertNothingLeft(await first.interrupt(), settings),
    );

    const second = start();
    await check("after SIGKILL of the start process nothing is left running", async () => {
      await second.ready();
      if (second.kill(START_PROCESS).length !== 1) throw new Error("found no start process to kill");
      await assertNothingLeft(await second.remaining(20_000), settings);
    });

    const third = start();
    await third.ready();
    third.kill(START_PROCESS, GUARDIAN);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const orphans = third.members().length;
    const fourth = start();
    await check("a start after a hard crash stops the leftovers, says so, and comes up", async () => {
      if (orphans === 0) throw new Error("the crash left nothing running, so there was nothing to find");
      await fourth.ready();
      const said = fourth.log.match(/^! stopped .* left running .*by an earlier start$/gm)?.length ?? 0;
      if (said < 3) throw new Error(`expected the web, worker and PostgreSQL to be reported, saw ${said}`);
      const stale = third.members();
      if (stale.length > 0) throw new Error(`the earlier start's processes still run: ${describe(stale)}`);
    });
    await check("the second start stops cleanly too", async () => assertNothingLeft(await fourth.interrupt(), settings));
  } catch (error) {
    totals.failed += 1;
    process.stdout.write(`  ✗ ${error instanceof Error ? error.message : String(error)}\n${products.at(-1)?.tail() ?? ""}\n`);
  } finally {
    for (const product of products) product.forceStop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return totals;
}

// `node --import tsx scripts/start-smoke.ts` runs these checks alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  void runStartSmoke().then((totals) => process.exit(totals.failed > 0 ? 1 : 0));
}
