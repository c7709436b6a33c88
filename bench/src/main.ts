// `npm run bench [-- --only booking,contention] [--smoke] [--keep] [--out file]`: starts an
// isolated stack (scratch database, the web app's production build, one worker), runs the
// scenarios against it, prints one table, writes bench/results/latest.json and tears the stack
// down. See the README's "Performance".
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { busyWhile, loadLine, machine, writeResults } from "./report.ts";
import type { BenchContext, Measurement } from "./stack/scenario.ts";
import { SCENARIOS } from "./stack/scenarios.ts";
import { startStack } from "./stack/start-stack.ts";
import { renderMeasurements } from "./stack/table.ts";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    smoke: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    out: { type: "string", default: fileURLToPath(new URL("../results/latest.json", import.meta.url)) },
  },
});
const known = SCENARIOS.map((scenario) => scenario.name);
const only = values.only?.split(",").map((name) => name.trim()).filter(Boolean);
const unknown = only?.filter((name) => !known.includes(name)) ?? [];
if (unknown.length > 0 || only?.length === 0) {
  process.stderr.write(`usage: bench [--only ${known.join(",")}] [--smoke] [--keep] [--out file]\nunknown scenario: ${unknown.join(", ")}\n`);
  process.exit(2);
}
const chosen = SCENARIOS.filter((scenario) => !only || only.includes(scenario.name));

const log = (line: string) => process.stdout.write(`${line}\n`);
const startedAt = new Date();
const before = machine();
log(`bench: ${chosen.map((scenario) => scenario.name).join(", ")}${values.smoke ? " (smoke: tiny sizes, shape only)" : ""}; load average ${before.loadAverage.join(" ")} on ${before.cores} cores`);

const stack = await startStack(log);
log(`stack processes: ${stack.pids.join(" ")}`);
// The services run in process groups of their own, out of reach of the terminal's Ctrl-C.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    log(`\n${signal}: stopping the stack`);
    stack.abandon({ keep: values.keep });
    // An embedded server is stopped by its own exit hook, which then ends the process.
    if (stack.database.server !== "embedded") process.exit(130);
  });
}
const measurements: Measurement[] = [];
const runs: { scenario: string; seconds: number; cpuBusyPercent: number; error?: string }[] = [];
let exitCode = 0;
try {
  const context: BenchContext = {
    databaseUrl: stack.database.url,
    redisUrl: stack.redisUrl,
    webUrl: stack.webUrl,
    webBuildDir: stack.webBuildDir,
    smoke: values.smoke,
    log,
  };
  const { cpuBusyPercent } = await busyWhile(async () => {
    for (const scenario of chosen) {
      log(`\n— ${scenario.name}`);
      const began = performance.now();
      const seconds = () => Math.round((performance.now() - began) / 100) / 10;
      try {
        const { result, cpuBusyPercent: busy } = await busyWhile(() => scenario.run(context));
        measurements.push(...result);
        runs.push({ scenario: scenario.name, seconds: seconds(), cpuBusyPercent: busy });
      } catch (error) {
        // One broken scenario fails the run loudly, and the others still run.
        exitCode = 1;
        const message = error instanceof Error ? error.message : String(error);
        log(`${scenario.name} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
        measurements.push({ scenario: scenario.name, name: "(did not finish)", figures: {}, summary: message.split("\n")[0]!, target: "finishes", pass: false });
        runs.push({ scenario: scenario.name, seconds: seconds(), cpuBusyPercent: 0, error: message });
      }
    }
  });
  const after = machine();
  log("");
  log(renderMeasurements(measurements));
  log(loadLine(before, after, cpuBusyPercent, "scenarios"));
  await writeResults(values.out, {
    startedAt: startedAt.toISOString(),
    smoke: values.smoke,
    machine: { cores: after.cores, cpu: after.cpu, loadAverageBefore: before.loadAverage, loadAverageAfter: after.loadAverage, cpuBusyPercent },
    scenarios: runs,
    measurements,
  });
  log(`results written to ${values.out}`);
} finally {
  await stack.stop({ keep: values.keep });
  if (values.keep) log(`kept ${stack.database.url}`);
}
process.exit(exitCode);
