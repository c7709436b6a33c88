import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aPerson, aSlot, aStudentWithPackage } from "../../testing/factories.ts";
import { clientFor, failureOf, testClock, testDeps } from "../../testing/harness.ts";
import type { ApiDeps } from "../../api-deps.ts";

// Student B and a second teacher must neither see nor touch student A's and teacher T's rows.
let database: TestDatabase;
let deps: ApiDeps;
const clock = testClock();
let world: Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const teacher = await aPerson(database.db, "TEACHER");
  const otherTeacher = await aPerson(database.db, "TEACHER");
  const studentA = await aStudentWithPackage(database.db);
  const studentB = await aStudentWithPackage(database.db);
  const [slot, spare] = [await aSlot(database.db, teacher.id), await aSlot(database.db, teacher.id, { hoursFromNow: 96 })];
  const asA = clientFor(deps, studentA.session);
  const held = await asA.booking.hold.mutate({ slotId: slot.id });
  const confirmed = await asA.booking.confirm.mutate({ bookingId: held.id });
  return {
    teacher,
    studentA,
    slot,
    spare,
    held,
    confirmed,
    asA,
    asB: clientFor(deps, studentB.session),
    asTeacher: clientFor(deps, teacher.session),
    asOtherTeacher: clientFor(deps, otherTeacher.session),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database.db, database.url, undefined, clock);
  world = await makeWorld();
});
afterAll(() => database.drop());

describe("ownership", () => {
  it("lists show each user only their own rows", async () => {
    const { asA, asB, asTeacher, asOtherTeacher, held, confirmed, studentA } = world;
    expect((await asA.booking.my.query({ limit: 50 })).items.map((b) => b.id)).toEqual([held.id]);
    expect((await asB.booking.my.query({ limit: 50 })).items).toEqual([]);
    expect((await asTeacher.booking.my.query({ limit: 50 })).items.map((b) => b.id)).toEqual([held.id]);
    expect((await asOtherTeacher.booking.my.query({ limit: 50 })).items).toEqual([]);
    expect((await asA.lessons.my.query({ limit: 50 })).items.map((l) => l.id)).toEqual([confirmed.lessonId]);
    expect((await asB.lessons.my.query({ limit: 50 })).items).toEqual([]);
    expect((await asOtherTeacher.lessons.my.query({ limit: 50 })).items).toEqual([]);
    expect((await asA.billing.myPackages.query()).map((p) => p.id)).toEqual([studentA.packageId]);
    expect((await asB.billing.myPackages.query()).map((p) => p.id)).not.toContain(studentA.packageId);
  });

  it("another student's booking is NOT_FOUND to confirm, cancel or reschedule", async () => {
    const { asB, held, spare } = world;
    for (const call of [
      () => asB.booking.confirm.mutate({ bookingId: held.id }),
      () => asB.booking.cancel.mutate({ bookingId: held.id }),
      () => asB.booking.reschedule.mutate({ bookingId: held.id, newSlotId: spare.id }),
    ]) {
      await expect(failureOf(call())).resolves.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(database.db.booking.findUniqueOrThrow({ where: { id: held.id } })).resolves.toMatchObject({ status: "CONFIRMED" });
  });

  it("another teacher can neither cancel the booking, complete the lesson, nor delete the slot", async () => {
    const { asOtherTeacher, held, confirmed, spare } = world;
    for (const call of [
      () => asOtherTeacher.booking.cancel.mutate({ bookingId: held.id }),
      () => asOtherTeacher.lessons.complete.mutate({ lessonId: confirmed.lessonId }),
      () => asOtherTeacher.scheduling.deleteSlot.mutate({ slotId: spare.id }),
    ]) {
      await expect(failureOf(call())).resolves.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("a teacher cannot publish slots for another teacher", async () => {
    const { asOtherTeacher, teacher } = world;
    await expect(
      failureOf(asOtherTeacher.scheduling.createSlot.mutate({ startsAt: new Date(Date.now() + 9e8), durationMinutes: 30, teacherId: teacher.id })),
    ).resolves.toMatchObject({ code: "FORBIDDEN" });
  });
});
