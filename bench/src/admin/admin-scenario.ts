import { createDb } from "@guitaronline/db";
import pg from "pg";
import { apiClient, apiDeps, benchAdmin } from "../api-client.ts";
import { timeCalls } from "../measure.ts";
import type { ResultRow } from "../report.ts";
import { generateSchool, schoolOfScale, type SchoolSize } from "./generate-school.ts";

export interface AdminRun {
  size: SchoolSize;
  /** Rows per table after generation, as counted. */
  rows: Record<string, number>;
  generationSeconds: number;
  results: ResultRow[];
}

const TABLES = ["users", "bookings", "lessons", "lesson_packages", "payments", "audit_log", "outbox_events", "notifications"];

/** The admin read models against a generated school: each procedure called through the API. */
export async function runAdminScenario(
  databaseUrl: string,
  { scale, calls, log }: { scale: number; calls: number; log: (line: string) => void },
): Promise<AdminRun> {
  const size = schoolOfScale(scale);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const startedAt = performance.now();
  let rows: Record<string, number>;
  try {
    log(`generating ${size.bookings} bookings, ${size.payments} payments…`);
    await generateSchool(client, size, ({ sql, ms }) => log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${sql.trim().split("\n")[0]!.slice(0, 90)}`));
    const counted = await client.query<Record<string, string>>(`SELECT ${TABLES.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(", ")}`);
    rows = Object.fromEntries(Object.entries(counted.rows[0]!).map(([table, count]) => [table, Number(count)]));
  } finally {
    await client.end();
  }
  const generationSeconds = Math.round((performance.now() - startedAt) / 100) / 10;
  log(`generated in ${generationSeconds} s: ${JSON.stringify(rows)}`);

  const db = createDb({ databaseUrl });
  try {
    const deps = apiDeps(db, databaseUrl);
    const api = apiClient(deps, (await benchAdmin(deps)).token);
    const procedures = [
      { name: "admin.kpiOverview", targetP95Ms: 150, call: () => api.admin.kpiOverview.query() },
      { name: "admin.opsOverview", targetP95Ms: 150, call: () => api.admin.opsOverview.query() },
      { name: "admin.auditLog (first page)", targetP95Ms: 50, call: () => api.admin.auditLog.query() },
    ];
    const results: ResultRow[] = [];
    for (const procedure of procedures) {
      const timings = await timeCalls(procedure.call, { warmUp: 3, calls });
      results.push({ scenario: "admin", name: procedure.name, ...timings, target: `p95 ≤ ${procedure.targetP95Ms} ms`, pass: timings.p95Ms <= procedure.targetP95Ms });
    }
    return { size, rows, generationSeconds, results };
  } finally {
    await db.$disconnect();
  }
}
