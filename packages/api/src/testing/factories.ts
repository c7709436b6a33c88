import type { Db, Role } from "@guitaronline/db";
import { aPackage, aUserRow } from "@guitaronline/testbed/testing";
import { sessionCookie } from "./harness.ts";

export { aBooking, aLesson, anOutboxEvent, aPackage, aPayment, aSlot, aUserRow, lessonsLeft } from "@guitaronline/testbed/testing";

/** A user straight in the database, with a session cookie. */
export async function aPerson(db: Db, role: Role, options: { approved?: boolean } = {}) {
  const user = await aUserRow(db, role, options);
  return { ...user, session: await sessionCookie(db, user) };
}

export async function aStudentWithPackage(db: Db, { lessons = 10, expiresAt }: { lessons?: number; expiresAt?: Date } = {}) {
  const student = await aPerson(db, "STUDENT");
  const pkg = await aPackage(db, student.id, { lessons, expiresAt });
  return { ...student, packageId: pkg.id };
}
