import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { dirname } from "node:path";
import type { Timings } from "./measure.ts";

/** One line of the table: a measured thing, its figures, its target and whether it was met. */
export interface ResultRow extends Timings {
  scenario: string;
  name: string;
  target: string;
  pass: boolean;
}

/** The machine as the run found it: its cores and the load average (1, 5, 15 minutes). */
export function machine() {
  const cores = cpus();
  return { cores: cores.length, cpu: cores[0]?.model ?? "unknown", loadAverage: loadavg().map((load) => Math.round(load * 100) / 100) };
}

type Machine = ReturnType<typeof machine>;

/** The line under every table: how loaded the machine was, since the figures move with it. */
export function loadLine(before: Machine, after: Machine, cpuBusyPercent: number, during: string): string {
  return (
    `load average before ${before.loadAverage.join(" ")}, after ${after.loadAverage.join(" ")}; ` +
    `cores ${cpuBusyPercent} % busy during the ${during} (${after.cores} cores, ${after.cpu})`
  );
}

const cpuTimes = () => cpus().reduce((sum, core) => ({ idle: sum.idle + core.times.idle, total: sum.total + Object.values(core.times).reduce((a, b) => a + b, 0) }), { idle: 0, total: 0 });

/**
 * How busy every core was (all processes, this one included) while `work` ran: a shared machine
 * skews latencies, and the load average trails what happened during a few seconds of calls.
 */
export async function busyWhile<T>(work: () => Promise<T>): Promise<{ result: T; cpuBusyPercent: number }> {
  const before = cpuTimes();
  const result = await work();
  const after = cpuTimes();
  const total = after.total - before.total;
  return { result, cpuBusyPercent: total > 0 ? Math.round((100 * (total - (after.idle - before.idle))) / total) : 0 };
}

const COLUMNS: { title: string; cell: (row: ResultRow) => string; right?: boolean }[] = [
  { title: "scenario", cell: (row) => row.scenario },
  { title: "measured", cell: (row) => row.name },
  { title: "calls", cell: (row) => String(row.calls), right: true },
  { title: "p50 ms", cell: (row) => row.p50Ms.toFixed(1), right: true },
  { title: "p95 ms", cell: (row) => row.p95Ms.toFixed(1), right: true },
  { title: "max ms", cell: (row) => row.maxMs.toFixed(1), right: true },
  { title: "target", cell: (row) => row.target },
  { title: "result", cell: (row) => (row.pass ? "pass" : "FAIL") },
];

/** The results as a fixed-width table, a header line, a rule, then one line per result. */
export function renderTable(rows: ResultRow[]): string {
  const cells = rows.map((row) => COLUMNS.map((column) => column.cell(row)));
  const widths = COLUMNS.map((column, index) => Math.max(column.title.length, ...cells.map((line) => line[index]!.length)));
  const line = (values: string[]) =>
    values.map((value, index) => (COLUMNS[index]!.right ? value.padStart(widths[index]!) : value.padEnd(widths[index]!))).join("  ").trimEnd();
  return [line(COLUMNS.map((column) => column.title)), widths.map((width) => "-".repeat(width)).join("  "), ...cells.map(line)].join("\n");
}

export async function writeResults(path: string, report: unknown) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
