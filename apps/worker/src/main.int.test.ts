import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { freePort } from "@guitaronline/testbed/services";
import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

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

async function waitFor(url: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error("worker exited early");
    try {
      return await fetch(url);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`no answer from ${url}`);
}

describe("worker process", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("serves /health and /metrics on its own port and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    const { child, output } = startWorker({ DATABASE_URL: database.url, WORKER_PORT: String(port) });
    const health = await waitFor(`http://127.0.0.1:${port}/health`, child);
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

  it("refuses to start on a bad configuration and names the variable", async () => {
    const { child, output } = startWorker({ DATABASE_URL: database.url, OUTBOX_MAX_RETRIES: "many" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output()).toContain("OUTBOX_MAX_RETRIES");
  });
});
