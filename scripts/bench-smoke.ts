// README command `npm run bench` under test, in its smoke size: the table's and
// bench/results/latest.json's shape (never the timings), then that the scratch database is
// dropped and no process of the stack is left. Runs after the web build, which the bench needs.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseExists, repoRoot } from "@guitaronline/testbed/services";
import { SCENARIOS } from "../bench/src/stack/scenarios.ts";
import { createCheckRunner } from "./lib/checks.ts";
import { membersOfGroup } from "./lib/smoke/process-group.ts";
import type { RunnerTotals } from "./lib/test-report.ts";

function runBench(args: string[], env: NodeJS.ProcessEnv): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "bench/src/main.ts", ...args], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ exitCode: code ?? 1, output }));
  });
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const isNumberRecord = (value: unknown) => typeof value === "object" && value !== null && Object.values(value).every((figure) => typeof figure === "number");

export async function runBenchSmoke({ serverUrl, redisUrl }: { serverUrl: string; redisUrl: string | undefined }): Promise<RunnerTotals> {
  const { totals, check } = createCheckRunner("npm run bench -- --smoke");
  const dir = await mkdtemp(join(tmpdir(), "go-bench-smoke-"));
  const out = join(dir, "latest.json");
  const names = SCENARIOS.map((scenario) => scenario.name);
  try {
    const env = { ...process.env, DATABASE_URL: serverUrl, REDIS_URL: redisUrl ?? "" };
    let output = "";
    const ran = await check("runs every scenario on its own stack and prints one table", async () => {
      const run = await runBench(["--smoke", "--out", out], env);
      const exitCode = run.exitCode;
      output = run.output;
      expect(exitCode === 0, `exit code ${exitCode}:\n${output.slice(-3000)}`);
      expect(/^scenario\s+measured\s+figures\s+target\s+result$/m.test(output), "no table header");
      for (const name of names) expect(new RegExp(`^${name}\\s+\\S`, "m").test(output), `no line of ${name} in the table`);
      expect(!output.includes("(did not finish)"), "a scenario did not finish");
      expect(/load average before [\d.]+ [\d.]+ [\d.]+, after [\d.]+ [\d.]+ [\d.]+; cores \d+ % busy/.test(output), "no load line");
    });
    await check("writes latest.json: the machine, each scenario, each measurement", async () => {
      const report = JSON.parse(await readFile(out, "utf8"));
      expect(report.smoke === true && report.machine.cores > 0, "no machine or smoke flag");
      for (const field of ["loadAverageBefore", "loadAverageAfter"]) expect(report.machine[field]?.length === 3, `machine.${field} is not three numbers`);
      expect(typeof report.machine.cpuBusyPercent === "number", "no cpuBusyPercent");
      expect(JSON.stringify(report.scenarios.map((run: { scenario: string }) => run.scenario)) === JSON.stringify(names), "scenarios are not the registered ones");
      for (const line of report.measurements) {
        const shaped =
          names.includes(line.scenario) && typeof line.name === "string" && isNumberRecord(line.figures) && typeof line.summary === "string" &&
          typeof line.target === "string" && (line.pass === null ? line.target === "" : typeof line.pass === "boolean");
        expect(shaped, `a measurement is misshapen: ${JSON.stringify(line)}`);
      }
    });
    if (!ran && !output.includes("stack processes:")) return totals;
    await check("drops the scratch database and leaves no process behind", async () => {
      const database = /scratch database (go_bench_\w+)/.exec(output)?.[1];
      expect(database !== undefined, "no scratch database named");
      expect(!(await databaseExists(serverUrl, database!)), `${database} is still there`);
      const pids = (/stack processes: ([\d ]+)/.exec(output)?.[1] ?? "").trim().split(" ").map(Number);
      expect(pids.length === 2, "no stack processes named");
      // Each service ran in a process group of its own, led by the npm it was started with.
      const left = pids.flatMap((pid) => membersOfGroup(pid));
      expect(left.length === 0, `still running: ${left.map((member) => `${member.pid} ${member.commandLine}`).join("; ")}`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return totals;
}
