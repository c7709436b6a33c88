import type { Measurement } from "./scenario.ts";

const COLUMNS: { title: string; cell: (line: Measurement) => string }[] = [
  { title: "scenario", cell: (line) => line.scenario },
  { title: "measured", cell: (line) => line.name },
  { title: "figures", cell: (line) => line.summary },
  { title: "target", cell: (line) => line.target },
  { title: "result", cell: (line) => (line.pass === null ? "" : line.pass ? "pass" : "FAIL") },
];

/** The measurements as one fixed-width table: a header line, a rule, then one line each. */
export function renderMeasurements(lines: Measurement[]): string {
  const cells = lines.map((line) => COLUMNS.map((column) => column.cell(line)));
  const widths = COLUMNS.map((column, index) => Math.max(column.title.length, ...cells.map((row) => row[index]!.length)));
  const format = (values: string[]) => values.map((value, index) => value.padEnd(widths[index]!)).join("  ").trimEnd();
  return [format(COLUMNS.map((column) => column.title)), widths.map((width) => "-".repeat(width)).join("  "), ...cells.map(format)].join("\n");
}
