import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "@guitaronline/db";
import { freePort, startEmbeddedPostgres, type RunningPostgres } from "@guitaronline/testbed/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectRedis } from "../redis.ts";
import { readinessResponse } from "./readiness.ts";

// A server of its own: this test stops and restarts it.
describe("/api/ready", () => {
  let dataDir: string;
  let port: number;
  let server: RunningPostgres;
  let db: Db;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "go-ready-pg-"));
    port = await freePort();
    server = await startEmbeddedPostgres({ dataDir, port });
    db = createDb({ databaseUrl: server.serverUrl, poolSize: 2 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await server.stop();
  });

  it("is 200 while the database answers, 503 while it is stopped, and 200 again after", async () => {
    const up = await readinessResponse(db);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: "ready", checks: { database: "up" } });

    await server.stop();
    const down = await readinessResponse(db);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "unavailable", checks: { database: "down" } });

    server = await startEmbeddedPostgres({ dataDir, port });
    const again = await readinessResponse(db);
    expect(again.status).toBe(200);
  });
});

describe("/api/ready with Redis", () => {
  it("stays 200 but reports degraded while Redis does not answer", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "go-ready-redis-pg-"));
    const server = await startEmbeddedPostgres({ dataDir, throwaway: true });
    const db = createDb({ databaseUrl: server.serverUrl, poolSize: 1 });
    const deadRedis = connectRedis(`redis://127.0.0.1:${await freePort()}`);
    try {
      const response = await readinessResponse(db, deadRedis);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "degraded", checks: { database: "up", redis: "down" } });
    } finally {
      deadRedis.disconnect();
      await db.$disconnect();
      await server.stop();
    }
  });
});
