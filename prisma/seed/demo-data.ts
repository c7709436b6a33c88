import type { Db } from "@guitaronline/db";
import { hashPassword, weeklySlotTimes } from "@guitaronline/domain";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_STUDENT_EMAIL, DEMO_TEACHER_EMAIL } from "./demo-accounts.ts";
import { seedDemoHistory } from "./demo-history.ts";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts.ts";

export class SeedRefusedError extends Error {}

const DAY_MS = 86_400_000;
const TEACHER_ZONE = "Europe/Berlin";

/**
 * The demo school: three accounts, the teacher's profile, two weeks of open slots and
 * an active 10-lesson package for the student, and weeks of history around them (see
 * `seedDemoHistory`). Idempotent: a second run adds nothing (it tops up
 * the slots of days that have come into the two weeks since) and resets the demo passwords.
 * Refused in production, where demo sign-ins would be a back door.
 */
export async function seedDemoData(db: Db, { appEnv, now = new Date() }: { appEnv: string; now?: Date }): Promise<void> {
  if (appEnv === "production") throw new SeedRefusedError("The demo data is never seeded in production.");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const isTeacher = account.role === "TEACHER";
    await db.user.upsert({
      where: { email: account.email },
      create: { ...account, passwordHash, teacherApproved: isTeacher, timezone: "Europe/Berlin", locale: "en" },
      update: { passwordHash, role: account.role, teacherApproved: isTeacher, disabledAt: null },
    });
  }
  const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER_EMAIL } });
  await db.teacherProfile.upsert({
    where: { userId: teacher.id },
    create: {
      userId: teacher.id,
      bio: "Classical and fingerstyle guitar, twenty years on stage and ten teaching online.",
      instruments: ["classical guitar", "acoustic guitar"],
    },
    update: {},
  });
  await seedOpenSlots(db, teacher.id, now);
  const student = await db.user.findUniqueOrThrow({ where: { email: DEMO_STUDENT_EMAIL } });
  const hasActivePackage = await db.lessonPackage.count({ where: { studentId: student.id, status: "ACTIVE", expiresAt: { gt: now } } });
  if (!hasActivePackage) {
    await db.lessonPackage.create({
      data: {
        studentId: student.id,
        lessonsTotal: 10,
        lessonsLeft: 10,
        priceMinor: 25_000,
        currency: "EUR",
        expiresAt: new Date(now.getTime() + 90 * DAY_MS),
      },
    });
  }
  await seedDemoHistory(db, { now, passwordHash });
}

/** Weekdays 10:00–13:00 and 17:00–20:00 Berlin time, in one-hour slots, for the next 14 days. */
async function seedOpenSlots(db: Db, teacherId: string, now: Date) {
  const startDate = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  const pattern = { weekdays: [1, 2, 3, 4, 5], durationMinutes: 60, startDate, weeks: 2, timeZone: TEACHER_ZONE };
  const wanted = [
    ...weeklySlotTimes({ ...pattern, from: "10:00", to: "13:00" }),
    ...weeklySlotTimes({ ...pattern, from: "17:00", to: "20:00" }),
  ];
  // The exclusion constraint decides what overlaps an existing slot; those rows are skipped.
  await db.slot.createMany({ data: wanted.map((time) => ({ teacherId, ...time })), skipDuplicates: true });
}
