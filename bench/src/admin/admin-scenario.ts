import { createDb } from "@guitaronline/db";
import pg from "pg";
import { apiClient, apiDeps, benchAdmin } from "../api-client.ts";
import { timeCalls } from "../measure.ts";
import type { ResultRow } from "../report.ts";
import { generateSchool, type SchoolSize } from "./generate-school.ts";

const TABLES = ["users", "bookings", "lessons", "lesson_packages", "payments", "audit_log", "outbox_events", "notifications"];

/** The rows of each table of the school, as counted. */
export async function countRows(databaseUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counted = await client.query<Record<string, string>>(`SELECT ${TABLES.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(", ")}`);
    return Object.fromEntries(Object.entries(counted.rows[0]!).map(([table, count]) => [table, Number(count)]));
  } finally {
    await client.end();
  }
}

/** Generates the school into an empty, migrated database; returns how long it took. */
export async function populateSchool(databaseUrl: string, size: SchoolSize, log: (line: string) => void): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const startedAt = performance.now();
  try {
    log(`generating ${size.bookings} bookings, ${size.payments} payments…`);
    await generateSchool(client, size, ({ sql, ms }) => log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${sql.trim().split("\n")[0]!.slice(0, 90)}`));
  } finally {
    await client.end();
  }
  return Math.round((performance.now() - startedAt) / 100) / 10;
}

/** The admin read models, each procedure called through the API after a warm-up. */
export async function timeAdminReadModels(databaseUrl: string, { calls }: { calls: number }): Promise<ResultRow[]> {
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
    return results;
  } finally {
    await db.$disconnect();
  }
}
