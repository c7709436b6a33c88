// `npm run bench:admin [-- --scale 0.01] [--calls 20] [--keep] [--reuse go_bench_…] [--out file]`:
// generates a school in a scratch database, times the admin read models through the API, prints
// the table and writes bench/results/admin.json. See the README's "Performance".
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { busyWhile, loadLine, machine, renderTable, writeResults } from "../report.ts";
import { openScratchDatabase, reuseDatabase } from "../scratch-database.ts";
import { countRows, populateSchool, timeAdminReadModels } from "./admin-scenario.ts";
import { schoolOfScale } from "./generate-school.ts";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    calls: { type: "string", default: "20" },
    keep: { type: "boolean", default: false },
    reuse: { type: "string" },
    out: { type: "string", default: fileURLToPath(new URL("../../results/admin.json", import.meta.url)) },
  },
});
const scale = Number(values.scale);
const calls = Number(values.calls);
if (!(scale > 0 && scale <= 10) || !(Number.isInteger(calls) && calls > 0)) {
  process.stderr.write("usage: bench [--scale 0 < s ≤ 10] [--calls n] [--keep] [--reuse database] [--out file]\n");
  process.exit(2);
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const startedAt = new Date();
const machineBefore = machine();
log(`bench: scale ${scale}, ${calls} calls per procedure; load average ${machineBefore.loadAverage.join(" ")} on ${machineBefore.cores} cores`);
const database = values.reuse ? reuseDatabase(values.reuse) : await openScratchDatabase();
log(`${values.reuse ? "reused" : "scratch"} database ${database.name} (${database.server})`);
try {
  const generationSeconds = values.reuse ? null : await populateSchool(database.url, schoolOfScale(scale), log);
  const rows = await countRows(database.url);
  log(`${generationSeconds === null ? "school as kept" : `generated in ${generationSeconds} s`}: ${JSON.stringify(rows)}`);
  const { result: results, cpuBusyPercent } = await busyWhile(() => timeAdminReadModels(database.url, { calls }));
  const machineAfter = machine();
  log("");
  log(renderTable(results));
  log(loadLine(machineBefore, machineAfter, cpuBusyPercent, "calls"));
  await writeResults(values.out, {
    startedAt: startedAt.toISOString(),
    scale: values.reuse ? null : scale,
    calls,
    machine: { ...machineAfter, loadAverageBefore: machineBefore.loadAverage, cpuBusyPercentDuringCalls: cpuBusyPercent },
    admin: { rows, generationSeconds },
    results,
  });
  log(`results written to ${values.out}`);
} finally {
  await database.close({ keep: values.keep });
  if (values.keep && !values.reuse) log(`kept ${database.url} (time it again with --reuse ${database.name})`);
}
