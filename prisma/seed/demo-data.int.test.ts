import { verifyPassword } from "@guitaronline/domain";
import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_STUDENT_EMAIL, DEMO_TEACHER_EMAIL } from "./demo-accounts.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, SeedRefusedError, seedDemoData } from "./demo-data.ts";

describe("demo data", () => {
  // One instant for every run of the seed: slots start "tomorrow" and history ends "today", so a
  // second run after UTC midnight would rightly add a day, and counts would differ by the clock.
  const now = new Date();
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("creates the three demo accounts with the demo password and an approved teacher", async () => {
    await seedDemoData(database.db, { appEnv: "development", now });
    const users = await database.db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } }, orderBy: { email: "asc" } });
    expect(users.map((user) => [user.email, user.role])).toEqual(
      DEMO_ACCOUNTS.map((account) => [account.email, account.role]).sort(),
    );
    for (const user of users) await expect(verifyPassword(user.passwordHash, DEMO_PASSWORD)).resolves.toBe(true);
    const teacher = users.find((user) => user.role === "TEACHER")!;
    expect(teacher.teacherApproved).toBe(true);
    await expect(database.db.teacherProfile.count({ where: { userId: teacher.id } })).resolves.toBe(1);
  });

  it("gives the teacher two weeks of open slots and the student an active 10-lesson package", async () => {
    const teacher = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER_EMAIL } });
    const student = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_STUDENT_EMAIL } });
    const slots = await database.db.slot.findMany({ where: { teacherId: teacher.id }, orderBy: { startsAt: "asc" } });
    expect(slots).toHaveLength(2 * 5 * 6);
    expect(slots[0]!.startsAt.getTime()).toBeGreaterThan(now.getTime());
    expect(slots.at(-1)!.startsAt.getTime() - now.getTime()).toBeLessThan(15 * 86_400_000);
    await expect(database.db.booking.count({ where: { slot: { teacherId: teacher.id } } })).resolves.toBe(0);
    const packages = await database.db.lessonPackage.findMany({ where: { studentId: student.id } });
    expect(packages).toEqual([expect.objectContaining({ status: "ACTIVE", lessonsTotal: 10, lessonsLeft: 10 })]);
  });

  it("carries weeks of history: three teachers, a dozen students, lessons taught, missed and canceled, payments, a refund, a dead letter", async () => {
    const db = database.db;
    await expect(db.user.count({ where: { role: "TEACHER", teacherApproved: true } })).resolves.toBe(3);
    await expect(db.user.count({ where: { role: "STUDENT" } })).resolves.toBe(13);
    const lessons = Object.fromEntries((await db.lesson.groupBy({ by: ["status"], _count: { _all: true } })).map((row) => [row.status, row._count._all]));
    expect(lessons).toMatchObject({ COMPLETED: expect.any(Number), NO_SHOW: expect.any(Number), CANCELED: expect.any(Number) });
    await expect(db.booking.count({ where: { status: "CANCELED", lessonReturned: true } })).resolves.toBeGreaterThan(0);
    await expect(db.booking.count({ where: { status: "CANCELED", lessonReturned: false } })).resolves.toBeGreaterThan(0);
    await expect(db.payment.count({ where: { status: "REFUNDED" } })).resolves.toBe(1);
    await expect(db.payment.count({ where: { status: "SUCCEEDED" } })).resolves.toBeGreaterThan(5);
    await expect(db.outboxEvent.count({ where: { status: "FAILED" } })).resolves.toBe(1);
    const oldest = await db.lesson.aggregate({ _min: { startsAt: true } });
    expect(now.getTime() - oldest._min.startsAt!.getTime()).toBeGreaterThan(21 * 86_400_000);
  });

  it("is idempotent", async () => {
    const counts = () =>
      Promise.all([database.db.user.count(), database.db.teacherProfile.count(), database.db.slot.count(), database.db.lessonPackage.count(), database.db.payment.count(), database.db.booking.count(), database.db.outboxEvent.count()]);
    const before = await counts();
    await seedDemoData(database.db, { appEnv: "development", now });
    await seedDemoData(database.db, { appEnv: "development", now });
    await expect(counts()).resolves.toEqual(before);
  });

  it("seeds the same counts a second before and a second after UTC midnight", async () => {
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const countsSeededAt = async (at: number) => {
      const fresh = await createTestDatabase();
      try {
        await seedDemoData(fresh.db, { appEnv: "development", now: new Date(at) });
        const { db } = fresh;
        return await Promise.all([db.slot.count({ where: { startsAt: { gt: new Date(at) } } }), db.lesson.count(), db.booking.count(), db.payment.count()]);
      } finally {
        await fresh.drop();
      }
    };
    const [before, after] = [await countsSeededAt(midnight - 1_000), await countsSeededAt(midnight + 1_000)];
    expect(after).toEqual(before);
    expect(before[0]).toBe(2 * 5 * 6);
  });

  it("is refused in production and writes nothing", async () => {
    const empty = await createTestDatabase();
    try {
      await expect(seedDemoData(empty.db, { appEnv: "production", now })).rejects.toBeInstanceOf(SeedRefusedError);
      await expect(empty.db.user.count()).resolves.toBe(0);
    } finally {
      await empty.drop();
    }
  });
});
