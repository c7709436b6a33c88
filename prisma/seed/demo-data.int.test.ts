import { verifyPassword } from "@guitaronline/domain";
import { createTestDatabase, testDatabaseForFile } from "@guitaronline/testbed/testing";
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, SeedRefusedError, seedDemoData } from "./demo-data.ts";

// A fixed clock, a second before a UTC midnight: the seed plans its slots by date, so runs on either
// side of midnight would plan different days.
const today = new Date();
const now = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 23, 59, 59));

describe("demo data", () => {
  const database = testDatabaseForFile();

  it("creates the three demo accounts with the demo password and an approved teacher", async () => {
    await seedDemoData(database.db, { appEnv: "development", now });
    const users = await database.db.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((user) => [user.email, user.role])).toEqual(
      DEMO_ACCOUNTS.map((account) => [account.email, account.role]).sort(),
    );
    for (const user of users) await expect(verifyPassword(user.passwordHash, DEMO_PASSWORD)).resolves.toBe(true);
    const teacher = users.find((user) => user.role === "TEACHER")!;
    expect(teacher.teacherApproved).toBe(true);
    await expect(database.db.teacherProfile.count({ where: { userId: teacher.id } })).resolves.toBe(1);
  });

  it("gives the teacher two weeks of open slots and the student an active 10-lesson package", async () => {
    const slots = await database.db.slot.findMany({ orderBy: { startsAt: "asc" } });
    expect(slots).toHaveLength(2 * 5 * 6);
    expect(slots[0]!.startsAt.getTime()).toBeGreaterThan(now.getTime());
    expect(slots.at(-1)!.startsAt.getTime() - now.getTime()).toBeLessThan(15 * 86_400_000);
    const packages = await database.db.lessonPackage.findMany();
    expect(packages).toEqual([expect.objectContaining({ status: "ACTIVE", lessonsTotal: 10, lessonsLeft: 10 })]);
  });

  it("is idempotent", async () => {
    await seedDemoData(database.db, { appEnv: "development", now });
    await seedDemoData(database.db, { appEnv: "development", now });
    await expect(database.db.user.count()).resolves.toBe(3);
    await expect(database.db.teacherProfile.count()).resolves.toBe(1);
    await expect(database.db.slot.count()).resolves.toBe(60);
    await expect(database.db.lessonPackage.count()).resolves.toBe(1);
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
