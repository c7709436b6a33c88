import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { freePort } from "@guitaronline/testbed/services";
import { aBooking, aPackage, aSlot, aUserRow, testDatabaseForFile } from "@guitaronline/testbed/testing";
import { describe, expect, it, vi } from "vitest";

const main = fileURLToPath(new URL("./main.ts", import.meta.url));

function startWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    env: { ...process.env, APP_ENV: "test", AUTH_SECRET: "w".repeat(40), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** The first answer of the worker at `url`, waiting while it starts. */
async function firstAnswer(url: string, child: ChildProcess) {
  return vi.waitUntil(
    async () => {
      if (child.exitCode !== null) throw new Error("worker exited early");
      return fetch(url).catch(() => undefined);
    },
    { timeout: 45_000, interval: 100 },
  );
}

describe("worker process", () => {
  const database = testDatabaseForFile();

  it("serves /health and /metrics on its own port and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    const { child, output } = startWorker({ DATABASE_URL: database.url, WORKER_PORT: String(port) });
    const health = await firstAnswer(`http://127.0.0.1:${port}/health`, child);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });

    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
    const text = await metrics.text();
    expect(text).toContain("process_cpu_seconds_total");
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/health",status="200",app="worker"\} 1/);

    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(output()).toContain('"message":"worker stopped"');
  });

  it("expires a hold that lapsed before it started, and one that lapses while it runs, and an overdue package", { timeout: 120_000 }, async () => {
    const past = new Date(Date.now() - 60_000);
    const teacher = await aUserRow(database.db, "TEACHER");
    const student = await aUserRow(database.db, "STUDENT");
    const overdue = await aPackage(database.db, student.id, { expiresAt: past });
    const aHold = async (holdExpiresAt: Date) =>
      aBooking(database.db, { studentId: student.id, slotId: (await aSlot(database.db, teacher.id, { hoursFromNow: 24 + Math.random() * 1_000 })).id, holdExpiresAt });
    const lapsedBefore = await aHold(past);
    const statusOf = async (booking: { id: string }) => (await database.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status;

    const port = await freePort();
    const { child } = startWorker({ DATABASE_URL: database.url, WORKER_PORT: String(port) });
    try {
      await firstAnswer(`http://127.0.0.1:${port}/health`, child);
      // Lapses after the run at start: only the 30-second schedule can expire it.
      const lapsingWhileRunning = await aHold(new Date(Date.now() + 1_000));
      await vi.waitUntil(async () => (await statusOf(lapsedBefore)) === "EXPIRED", { timeout: 10_000, interval: 100 });
      await vi.waitUntil(
        async () => (await database.db.lessonPackage.findUniqueOrThrow({ where: { id: overdue.id } })).status === "EXPIRED",
        { timeout: 10_000, interval: 100 },
      );
      await vi.waitUntil(async () => (await statusOf(lapsingWhileRunning)) === "EXPIRED", { timeout: 45_000, interval: 250 });
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });

  it("refuses to start on a bad configuration and names the variable", async () => {
    const { child, output } = startWorker({ DATABASE_URL: database.url, OUTBOX_MAX_RETRIES: "many" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output()).toContain("OUTBOX_MAX_RETRIES");
  });
});
