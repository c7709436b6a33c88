// `npm run bench:admin [-- --scale 0.01] [--keep] [--calls 20] [--out file]`: generates a school in
// a scratch database, times the admin read models through the API, prints the table and writes
// bench/results/latest.json. See the README's "Performance".
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runAdminScenario } from "./admin/admin-scenario.ts";
import { machine, renderTable, writeResults } from "./report.ts";
import { openScratchDatabase } from "./scratch-database.ts";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    calls: { type: "string", default: "20" },
    keep: { type: "boolean", default: false },
    out: { type: "string", default: fileURLToPath(new URL("../results/latest.json", import.meta.url)) },
  },
});
const scale = Number(values.scale);
const calls = Number(values.calls);
if (!(scale > 0 && scale <= 10) || !(Number.isInteger(calls) && calls > 0)) {
  process.stderr.write("usage: bench [--scale 0 < s ≤ 10] [--calls n] [--keep] [--out file]\n");
  process.exit(2);
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const startedAt = new Date();
const machineBefore = machine();
log(`bench: scale ${scale}, ${calls} calls per procedure; load average ${machineBefore.loadAverage.join(" ")} on ${machineBefore.cores} cores`);
const database = await openScratchDatabase();
log(`scratch database ${database.name} (${database.server})`);
try {
  const admin = await runAdminScenario(database.url, { scale, calls, log });
  const machineAfter = machine();
  log("");
  log(renderTable(admin.results));
  log(`load average before ${machineBefore.loadAverage.join(" ")}, after ${machineAfter.loadAverage.join(" ")} (${machineAfter.cores} cores, ${machineAfter.cpu})`);
  await writeResults(values.out, {
    startedAt: startedAt.toISOString(),
    scale,
    calls,
    machine: { ...machineAfter, loadAverageBefore: machineBefore.loadAverage },
    admin: { size: admin.size, rows: admin.rows, generationSeconds: admin.generationSeconds },
    results: admin.results,
  });
  log(`results written to ${values.out}`);
} finally {
  await database.close({ keep: values.keep });
  if (values.keep) log(`kept ${database.url}`);
}
