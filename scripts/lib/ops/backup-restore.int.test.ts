// Backups that restore: the demo school backed up with `pnpm ops backup`, restored with `pnpm ops
// restore` into a fresh database, and the restored database the same, table by table, and
// serving the app: readiness and a student's bookings through the real /api/trpc handler.
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readinessResponse } from "@guitaronline/api";
import { createDb, type Db } from "@guitaronline/db";
import { dropDatabase } from "@guitaronline/testbed/services";
import { testDatabaseForFile, testServerUrl } from "@guitaronline/testbed/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, sessionCookie, testDeps } from "../../../packages/api/src/testing/harness.ts";
import { seedDemoData } from "../../../prisma/seed/demo-data.ts";
import { skipLoudlyOrFailInCi } from "../checks.ts";
import { runOpsCommand } from "./ops-cli.ts";
import { findPgTool, PgToolTooOld, serverMajorVersion, withDatabase } from "./pg-tools.ts";

/** Whether this machine has a pg_dump for the test server; under CI it must. */
async function pgDumpProblem(): Promise<string | undefined> {
  try {
    await findPgTool("pg_dump", await serverMajorVersion(testServerUrl()));
    return undefined;
  } catch (error) {
    if (!(error instanceof PgToolTooOld)) throw error;
    skipLoudlyOrFailInCi(error.message, "BACKUP AND RESTORE TESTS SKIPPED");
    return error.message;
  }
}

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM ${name}`);
    counts[name] = Number(row!.count);
  }
  return counts;
}

describe("backup and restore", () => {
  const source = testDatabaseForFile();
  let dir = "";
  let restoredUrl = "";
  let restored: Db | undefined;
  let skipReason: string | undefined;

  beforeAll(async () => {
    skipReason = await pgDumpProblem();
    dir = await mkdtemp(join(tmpdir(), "go-backups-"));
    restoredUrl = withDatabase(source.url, `${source.name}_restored`);
  });

  afterAll(async () => {
    await restored?.$disconnect();
    if (restoredUrl) await dropDatabase(testServerUrl(), new URL(restoredUrl).pathname.slice(1)).catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("restores the demo school into a fresh database: every table's row count, readiness and a student's bookings", { timeout: 180_000 }, async (context) => {
    if (skipReason) context.skip(skipReason);
    await seedDemoData(source.db, { appEnv: "test" });
    // Older backups of this database, and files that are not its backups.
    const older = ["20240101T000000Z", "20250101T000000Z", "20260101T000000Z"].map((stamp) => `${source.name}-${stamp}.dump`);
    for (const name of [...older, "other-20200101T000000Z.dump", "notes.txt"]) await writeFile(join(dir, name), "");

    const backup = await runOpsCommand(["backup", "--dir", dir, "--keep", "2"], { DATABASE_URL: source.url });
    expect(backup.exitCode, backup.output).toBe(0);
    const file = /Backed up to (\S+\.dump)/.exec(backup.output)?.[1];
    expect(file).toBeDefined();
    // Retention: this backup and the newest older one stay; the rest of this database's go.
    expect((await readdir(dir)).sort()).toEqual([".last-success", older[2], "notes.txt", "other-20200101T000000Z.dump", file!.split("/").at(-1)].sort());

    const restore = await runOpsCommand(["restore", file!, "--to", restoredUrl, "--create"]);
    expect(restore.exitCode, restore.output).toBe(0);
    restored = createDb({ databaseUrl: restoredUrl, poolSize: 2 });

    const before = await rowCounts(source.db);
    expect(before.bookings).toBeGreaterThan(0);
    expect(before.payments).toBeGreaterThan(0);
    expect(await rowCounts(restored)).toEqual(before);

    const ready = await readinessResponse(restored);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", checks: { database: "up" } });

    // The demo student with the most bookings reads them as they would in the portal.
    const [busiest] = await restored.booking.groupBy({ by: ["studentId"], _count: { _all: true }, orderBy: { _count: { studentId: "desc" } }, take: 1 });
    const student = await restored.user.findUniqueOrThrow({ where: { id: busiest!.studentId } });
    const bookings = busiest!._count._all;
    expect(bookings).toBeGreaterThan(0);
    const api = clientFor(testDeps(restored, restoredUrl), await sessionCookie(restored, student));
    const page = await api.booking.my.query({ limit: 100 });
    expect(page.items.length).toBe(Math.min(bookings, 100));
  });

  it("refuses to restore over a database that has tables, and leaves it as it was", async (context) => {
    if (skipReason) context.skip(skipReason);
    const [file] = (await readdir(dir)).filter((name) => name.startsWith(`${source.name}-`)).sort().reverse();
    const users = await source.db.user.count();
    const again = await runOpsCommand(["restore", join(dir, file!), "--to", source.url]);
    expect(again.exitCode).toBe(1);
    expect(again.output).toMatch(/already has \d+ tables: restore into a new database \(--create\), or pass --clean/);
    expect(await source.db.user.count()).toBe(users);
  });
});
