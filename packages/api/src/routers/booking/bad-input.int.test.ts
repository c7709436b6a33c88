import { describe, expect, it } from "vitest";
import { aPerson, aStudentWithPackage } from "../../testing/factories.ts";
import { apiTestbed, clientFor, failureOf } from "../../testing/harness.ts";

const testbed = apiTestbed();

const huge = "x".repeat(100_000);
const rowCounts = async () => ({
  slots: await testbed.database.db.slot.count(),
  bookings: await testbed.database.db.booking.count(),
  packages: await testbed.database.db.lessonPackage.count(),
});

describe("bad input is BAD_REQUEST / validation_failed and writes nothing", () => {
  it("for every kind of wrong value", async () => {
    const teacher = clientFor(testbed.deps, (await aPerson(testbed.database.db, "TEACHER")).session);
    const student = clientFor(testbed.deps, (await aStudentWithPackage(testbed.database.db)).session);
    const admin = clientFor(testbed.deps, (await aPerson(testbed.database.db, "ADMIN")).session);
    const before = await rowCounts();
    // Thunks: each call starts only when awaited, so no rejection goes unhandled meanwhile.
    const attempts: (() => Promise<unknown>)[] = [
      () => teacher.scheduling.createSlot.mutate({ startsAt: "tomorrow" as never, durationMinutes: 60 }),
      () => teacher.scheduling.createSlot.mutate({ startsAt: new Date(Date.now() + 9e7), durationMinutes: -30 }),
      () => teacher.scheduling.createSlot.mutate({ startsAt: new Date(Date.now() + 9e7), durationMinutes: 45.5 }),
      () => teacher.scheduling.createSlot.mutate({ startsAt: new Date("not a date"), durationMinutes: 60 }),
      () => teacher.scheduling.createSlot.mutate({ startsAt: new Date(Date.now() + 9e7), durationMinutes: "60" as never }),
      () => teacher.scheduling.createWeeklySlots.mutate({ weekdays: [8], from: "25:00", to: "20:00", durationMinutes: 60, startDate: `${new Date().getUTCFullYear()}-13-01`, weeks: 100 }),
      () => teacher.scheduling.createWeeklySlots.mutate({ weekdays: [1], from: "20:00", to: "18:00", durationMinutes: 60, startDate: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), weeks: 1 }),
      () => student.booking.hold.mutate({ slotId: "not-a-uuid" }),
      () => student.booking.hold.mutate({ slotId: huge }),
      () => student.booking.hold.mutate({ slotId: "00000000-0000-4000-8000-000000000000", idempotencyKey: huge }),
      () => student.booking.cancel.mutate({ bookingId: "00000000-0000-4000-8000-000000000000", reason: huge }),
      () => student.booking.reschedule.mutate({ bookingId: 42 as never, newSlotId: null as never }),
      () => admin.billing.createPackage.mutate({
        studentId: "00000000-0000-4000-8000-000000000000",
        lessonsTotal: 2.5,
        expiresAt: new Date(Date.now() + 9e7),
        price: { amountMinor: 19.99, currency: "EUR" },
      }),
      () => admin.billing.createPackage.mutate({
        studentId: "00000000-0000-4000-8000-000000000000",
        lessonsTotal: 5,
        expiresAt: new Date(Date.now() + 9e7),
        price: { amountMinor: 1000, currency: "euro" },
      }),
      () => student.scheduling.openSlots.query({ limit: 10_000 }),
    ];
    for (const attempt of attempts) {
      await expect(failureOf(attempt())).resolves.toMatchObject({ code: "BAD_REQUEST", appCode: "validation_failed", httpStatus: 400 });
    }
    expect(await rowCounts()).toEqual(before);
  });
});
