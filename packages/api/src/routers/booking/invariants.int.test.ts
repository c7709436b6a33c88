import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aPerson, aSlot, aStudentWithPackage } from "../../testing/factories.ts";

// The database itself refuses these, even when the application code is bypassed.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const HOUR = 3_600_000;

describe("invariants the database guards", () => {
  it("a teacher's live slots never overlap; a deleted slot does not count", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const slot = await aSlot(database.db, teacher.id);
    const overlapping = { teacherId: teacher.id, startsAt: new Date(slot.startsAt.getTime() + HOUR / 2), endsAt: new Date(slot.endsAt.getTime() + HOUR / 2) };
    await expect(database.db.slot.create({ data: overlapping })).rejects.toThrow();
    await database.db.slot.update({ where: { id: slot.id }, data: { deletedAt: new Date() } });
    await expect(database.db.slot.create({ data: overlapping })).resolves.toBeTruthy();
    const other = await aPerson(database.db, "TEACHER");
    await expect(database.db.slot.create({ data: { ...overlapping, teacherId: other.id } })).resolves.toBeTruthy();
  });

  it("a slot ends after it starts", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const at = new Date(Date.now() + 10 * HOUR);
    await expect(database.db.slot.create({ data: { teacherId: teacher.id, startsAt: at, endsAt: at } })).rejects.toThrow();
  });

  it("at most one active booking per slot", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const slot = await aSlot(database.db, teacher.id);
    const [first, second] = [await aStudentWithPackage(database.db), await aStudentWithPackage(database.db)];
    const hold = (studentId: string, status: "HOLD" | "CANCELED" = "HOLD") =>
      database.db.booking.create({ data: { studentId, slotId: slot.id, status, holdExpiresAt: new Date(Date.now() + HOUR) } });
    await hold(first.id);
    await expect(hold(second.id)).rejects.toThrow();
    await expect(hold(second.id, "CANCELED")).resolves.toBeTruthy();
  });

  it("one lesson per booking", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const student = await aStudentWithPackage(database.db);
    const slot = await aSlot(database.db, teacher.id);
    const booking = await database.db.booking.create({
      data: { studentId: student.id, slotId: slot.id, status: "CONFIRMED", packageId: student.packageId, holdExpiresAt: new Date() },
    });
    const lesson = { bookingId: booking.id, teacherId: teacher.id, studentId: student.id, startsAt: slot.startsAt, endsAt: slot.endsAt };
    await database.db.lesson.create({ data: lesson });
    await expect(database.db.lesson.create({ data: lesson })).rejects.toThrow();
  });

  it("a confirmed booking always names the package it consumed", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const student = await aStudentWithPackage(database.db);
    const slot = await aSlot(database.db, teacher.id);
    await expect(
      database.db.booking.create({ data: { studentId: student.id, slotId: slot.id, status: "CONFIRMED", holdExpiresAt: new Date() } }),
    ).rejects.toThrow();
  });

  it("lessons left never go below 0 or above the total", async () => {
    const student = await aStudentWithPackage(database.db, { lessons: 1 });
    await expect(database.db.lessonPackage.update({ where: { id: student.packageId }, data: { lessonsLeft: -1 } })).rejects.toThrow();
    await expect(database.db.lessonPackage.update({ where: { id: student.packageId }, data: { lessonsLeft: 2 } })).rejects.toThrow();
  });

  it("idempotency keys are unique per student", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const student = await aStudentWithPackage(database.db);
    const [a, b] = [await aSlot(database.db, teacher.id, { hoursFromNow: 10 }), await aSlot(database.db, teacher.id, { hoursFromNow: 20 })];
    const hold = (slotId: string) =>
      database.db.booking.create({ data: { studentId: student.id, slotId, status: "HOLD", holdExpiresAt: new Date(), idempotencyKey: "same" } });
    await hold(a.id);
    await expect(hold(b.id)).rejects.toThrow();
  });

  it("money is never a float and always has an ISO currency", async () => {
    const student = await aPerson(database.db, "STUDENT");
    const data = { studentId: student.id, lessonsTotal: 1, lessonsLeft: 1, priceMinor: 100, currency: "EUR", expiresAt: new Date(Date.now() + HOUR) };
    await expect(database.db.lessonPackage.create({ data: { ...data, currency: "eu" } })).rejects.toThrow();
    await expect(database.db.lessonPackage.create({ data: { ...data, priceMinor: -5 } })).rejects.toThrow();
  });
});
