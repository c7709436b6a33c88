import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { mustSucceed } from "./tools.ts";

const NOT_METRICS = new Set(["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan"]);

/** Grafana's variables ($__rate_interval, $job, ${job}) replaced by values PromQL accepts. */
export function withoutDashboardVariables(expr: string): string {
  return expr.replace(/\$__(rate_)?interval|\$__range/g, "5m").replace(/\$\{?\w+\}?/g, "x");
}

/** The metric names a PromQL expression selects (not its functions, labels or keywords). */
export function metricNamesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, "")
    .replace(/\{[^}]*\}/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, "");
  const names = [...bare.matchAll(/(?<![\w.:])([a-zA-Z_:][\w:]*)(?![\w:]|\s*\()/g)].map((match) => match[1]!);
  return [...new Set(names.filter((name) => !NOT_METRICS.has(name.toLowerCase())))];
}

/** Fails, naming the expression, when promtool does not parse one of `exprs` as PromQL. */
export async function assertValidPromql(promtool: string, exprs: string[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "go-promql-"));
  try {
    const rules = exprs.map((expr, index) => ({ record: `check:expression_${index}`, expr: withoutDashboardVariables(expr) }));
    const file = join(dir, "expressions.yml");
    await writeFile(file, stringify({ groups: [{ name: "expressions", rules }] }));
    await mustSucceed(promtool, ["check", "rules", file]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
