import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseExists, repoRoot } from "@guitaronline/testbed/services";
import { testServerUrl } from "@guitaronline/testbed/testing";
import { expect, it } from "vitest";

/** Runs the README's bench command as a person would, on the test run's PostgreSQL server. */
function runBench(args: string[]): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "bench/src/admin/main.ts", ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: testServerUrl() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ exitCode: code ?? 1, output }));
  });
}

const row = (name: string) => new RegExp(`^admin\\s+${name.replace(/[().]/g, "\\$&")}\\s+3(\\s+\\d+\\.\\d){3}\\s+p95 ≤ \\d+ ms\\s+(pass|FAIL)$`, "m");

// The smoke run keeps the script from rotting: it checks the table's shape and the written
// results, never the timings (a tiny school on a busy machine says nothing about speed).
it("generates a tiny school, prints the table, writes the results and drops its database", { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), "go-bench-"));
  try {
    const out = join(dir, "latest.json");
    const { exitCode, output } = await runBench(["--scale", "0.0002", "--calls", "3", "--out", out]);
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/^scenario\s+measured\s+calls\s+p50 ms\s+p95 ms\s+max ms\s+target\s+result$/m);
    for (const name of ["admin.kpiOverview", "admin.opsOverview", "admin.auditLog (first page)"]) expect(output).toMatch(row(name));
    expect(output).toMatch(/load average before [\d.]+ [\d.]+ [\d.]+, after [\d.]+ [\d.]+ [\d.]+; cores \d+ % busy during the calls/);

    const report = JSON.parse(await readFile(out, "utf8"));
    expect(report.scale).toBe(0.0002);
    expect(report.admin.rows).toMatchObject({ bookings: 200, payments: 40, lesson_packages: 32 });
    expect(report.results.map((result: { name: string; calls: number }) => [result.name, result.calls])).toEqual([
      ["admin.kpiOverview", 3],
      ["admin.opsOverview", 3],
      ["admin.auditLog (first page)", 3],
    ]);
    const scratch = /scratch database (go_bench_\w+)/.exec(output)?.[1];
    expect(scratch).toBeDefined();
    expect(await databaseExists(testServerUrl(), scratch!)).toBe(false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
