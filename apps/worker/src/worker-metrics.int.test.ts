import { aBooking, aSlot, aUserRow, testDatabaseForFile } from "@guitaronline/testbed/testing";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { createWorkerMetrics } from "./worker-metrics.ts";

describe("worker metrics read at scrape", () => {
  const database = testDatabaseForFile();

  it("booking_oldest_overdue_hold_seconds is the age of the oldest lapsed hold, 0 while none lapsed", async () => {
    const registry = new Registry();
    createWorkerMetrics(registry, database.db);
    const overdueSeconds = async () => (await registry.getSingleMetric("booking_oldest_overdue_hold_seconds")!.get()).values[0]!.value;

    const teacher = await aUserRow(database.db, "TEACHER");
    const student = await aUserRow(database.db, "STUDENT");
    const aHold = async (holdExpiresAt: Date, status?: "HOLD" | "EXPIRED") =>
      aBooking(database.db, { studentId: student.id, slotId: (await aSlot(database.db, teacher.id, { hoursFromNow: 24 + Math.random() * 1_000 })).id, holdExpiresAt, status });

    await aHold(new Date(Date.now() + 600_000));
    await aHold(new Date(Date.now() - 3_600_000), "EXPIRED");
    expect(await overdueSeconds()).toBe(0);

    await aHold(new Date(Date.now() - 120_000));
    await aHold(new Date(Date.now() - 30_000));
    const seconds = await overdueSeconds();
    expect(seconds).toBeGreaterThanOrEqual(119);
    expect(seconds).toBeLessThan(180);
  });
});
