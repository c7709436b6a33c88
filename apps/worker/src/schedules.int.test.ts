import { aBooking, aPackage, aSlot, aUserRow, testDatabaseForFile } from "@guitaronline/testbed/testing";
import { testDomainDeps } from "@guitaronline/domain/testing";
import { createLogger } from "@guitaronline/observability";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startSchedules } from "./schedules.ts";

const MINUTE = 60_000;
const database = testDatabaseForFile();
afterEach(() => {
  vi.useRealTimers();
});

/** A hold lapsing at `holdExpiresAt` and a package of the same student expiring at `expiresAt`. */
async function aHoldAndAPackage({ holdExpiresAt, expiresAt }: { holdExpiresAt: Date; expiresAt: Date }) {
  const teacher = await aUserRow(database.db, "TEACHER");
  const student = await aUserRow(database.db, "STUDENT");
  const slot = await aSlot(database.db, teacher.id);
  const hold = await aBooking(database.db, { studentId: student.id, slotId: slot.id, holdExpiresAt });
  const pkg = await aPackage(database.db, student.id, { expiresAt });
  const statuses = async () => ({
    hold: (await database.db.booking.findUniqueOrThrow({ where: { id: hold.id } })).status,
    package: (await database.db.lessonPackage.findUniqueOrThrow({ where: { id: pkg.id } })).status,
  });
  return { hold, pkg, statuses };
}

describe("the worker's schedules", () => {
  it("expire lapsed holds every 30 s and overdue packages every 10 minutes, through the use-cases", async () => {
    // Only the schedules' timers are fake; the database and the use-cases run for real.
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    let now = new Date();
    const { hold, pkg, statuses } = await aHoldAndAPackage({
      holdExpiresAt: new Date(now.getTime() + 5 * MINUTE),
      expiresAt: new Date(now.getTime() + 5 * MINUTE),
    });
    const schedules = startSchedules(() => testDomainDeps(database.db, { now: () => now }), createLogger({ app: "worker-test" }));
    const after = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      await schedules.settled();
      return statuses();
    };
    try {
      await expect(after(0)).resolves.toEqual({ hold: "HOLD", package: "ACTIVE" }); // the run at start: nothing lapsed yet
      now = new Date(now.getTime() + 6 * MINUTE); // both have lapsed; no run has seen it yet
      await expect(after(30_000 - 1)).resolves.toEqual({ hold: "HOLD", package: "ACTIVE" });
      await expect(after(1)).resolves.toEqual({ hold: "EXPIRED", package: "ACTIVE" });
      await expect(after(10 * MINUTE - 30_000 - 1)).resolves.toEqual({ hold: "EXPIRED", package: "ACTIVE" });
      await expect(after(1)).resolves.toEqual({ hold: "EXPIRED", package: "EXPIRED" });
    } finally {
      await schedules.stop();
    }
    const events = await database.db.outboxEvent.findMany({ where: { aggregateId: { in: [hold.id, pkg.id] } } });
    expect(events.map((event) => event.type).sort()).toEqual(["billing.package.expired", "booking.hold_expired"]);
  });

  it("run no more once stopped", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const { statuses } = await aHoldAndAPackage({ holdExpiresAt: new Date(Date.now() + MINUTE), expiresAt: new Date(Date.now() + MINUTE) });
    let now = new Date();
    const schedules = startSchedules(() => testDomainDeps(database.db, { now: () => now }), createLogger({ app: "worker-test" }));
    await schedules.stop();
    now = new Date(Date.now() + 10 * MINUTE);
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    await expect(statuses()).resolves.toEqual({ hold: "HOLD", package: "ACTIVE" });
  });
});
