import { createHash } from "node:crypto";
import { readdir, readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runPrisma, withServerConnection } from "@guitaronline/testbed/services";
import { testDatabaseForFile, testServerUrl, type TestDatabase } from "@guitaronline/testbed/testing";

const migrationsDir = join(repoRoot, "prisma", "migrations");
const schemaPath = join(repoRoot, "prisma", "schema.prisma");

async function shadowDatabases() {
  return withServerConnection(testServerUrl(), async (client) => {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");
    return rows.length;
  });
}

function diffMigrationsAgainst(schema: string, database: TestDatabase) {
  return runPrisma(
    ["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema", schema, "--exit-code"],
    { DATABASE_URL: database.url },
  );
}

describe("migrations through the WebAssembly schema engine", () => {
  const database = testDatabaseForFile();

  it("records every committed migration with the sha256 of its file", async () => {
    const names = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const applied = await database.db.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(applied.map((row) => row.migration_name)).toEqual(names);
    for (const row of applied) {
      const sql = await readFile(join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    }
  });

  it("`migrate deploy` again has nothing to do", async () => {
    const { exitCode, output } = await runPrisma(["migrate", "deploy"], { DATABASE_URL: database.url });
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/No pending migrations/);
  });

  it("the committed migrations produce exactly schema.prisma", async () => {
    const { exitCode, output } = await diffMigrationsAgainst(schemaPath, database);
    expect(exitCode, output).toBe(0);
    // Exit 0 alone is not proof: the CLI also exits 0 when it had nothing to compare.
    expect(output).toContain("No difference detected");
  });

  it("a schema the migrations do not produce fails the check", async () => {
    const schema = await readFile(schemaPath, "utf8");
    const drifted = schema.replace(/^model User \{$/m, "model User {\n  nickname String?");
    expect(drifted).not.toBe(schema);
    const dir = await mkdtemp(join(tmpdir(), "go-drift-"));
    const driftedPath = join(dir, "schema.prisma");
    await writeFile(driftedPath, drifted);
    const { exitCode, output } = await diffMigrationsAgainst(driftedPath, database);
    expect(exitCode, output).toBe(2);
  });

  it("leaves no shadow database behind", async () => {
    expect(await shadowDatabases()).toBe(0);
  });
});
