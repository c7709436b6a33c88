import { randomUUID } from "node:crypto";
import type { Db, Role } from "@guitaronline/db";

const HOUR = 3_600_000;

/** A user straight in the database (no password hashing: fast enough for hundreds). */
export function aUserRow(db: Db, role: Role, { approved = true, locale = "en" }: { approved?: boolean; locale?: string } = {}) {
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID()}@example.com`,
      name: `${role.toLowerCase()} ${randomUUID().slice(0, 6)}`,
      passwordHash: "not-a-real-hash",
      role,
      teacherApproved: role === "TEACHER" && approved,
      timezone: "Europe/Berlin",
      locale,
    },
  });
}

export function aPackage(db: Db, studentId: string, { lessons = 10, expiresAt }: { lessons?: number; expiresAt?: Date } = {}) {
  return db.lessonPackage.create({
    data: {
      studentId,
      lessonsTotal: lessons,
      lessonsLeft: lessons,
      priceMinor: lessons * 2_500,
      currency: "EUR",
      expiresAt: expiresAt ?? new Date(Date.now() + 90 * 24 * HOUR),
    },
  });
}

/** A one-hour slot of `teacherId` starting `hoursFromNow` after `now`. */
export function aSlot(db: Db, teacherId: string, { hoursFromNow = 48, now = new Date() }: { hoursFromNow?: number; now?: Date } = {}) {
  const startsAt = new Date(now.getTime() + hoursFromNow * HOUR);
  return db.slot.create({ data: { teacherId, startsAt, endsAt: new Date(startsAt.getTime() + HOUR) } });
}

export const lessonsLeft = async (db: Db, packageId: string) =>
  (await db.lessonPackage.findUniqueOrThrow({ where: { id: packageId } })).lessonsLeft;
