import { randomUUID } from "node:crypto";
import type { Db } from "@guitaronline/db";
import { confirmMfa, createApiToken, enrollMfa, hashPassword, mfaSecretBox } from "@guitaronline/domain";
import { testDomainDeps } from "@guitaronline/domain/testing";
import { aBooking, aLesson, anOutboxEvent, aPackage, aPayment, aSlot, aUserRow, TEST_PASSWORD } from "@guitaronline/testbed/testing";
import { authenticator } from "otplib";
import type { ApiDeps } from "../api-deps.ts";
import { clientFor, sessionCookie, TEST_SECRET, type Credentials } from "./harness.ts";

/** Who may call a procedure: nobody signed in, or a user of a role (a teacher counts once approved). */
export type Role = "anonymous" | "student" | "unapprovedTeacher" | "teacher" | "admin";

/** A caller: a role, and how a signed-in one proves who they are. */
interface CallerSpec {
  role: Role;
  via?: "session" | "API token";
}

/** Every caller the authorization matrix tries each procedure with. */
export const CALLERS: Record<string, CallerSpec> = {
  anonymous: { role: "anonymous" },
  student: { role: "student", via: "session" },
  unapprovedTeacher: { role: "unapprovedTeacher", via: "session" },
  teacher: { role: "teacher", via: "session" },
  admin: { role: "admin", via: "session" },
  "student by API token": { role: "student", via: "API token" },
  "teacher by API token": { role: "teacher", via: "API token" },
  "admin by API token": { role: "admin", via: "API token" },
};

/** TEST_PASSWORD hashed once: argon2id takes a while, and every caller needs the same hash. */
let callerPasswordHash: Promise<string> | undefined;

export type Me = Awaited<ReturnType<typeof aUserRow>>;
export type Client = ReturnType<typeof clientFor>;

const USER_OF_ROLE = {
  student: { role: "STUDENT", approved: true },
  unapprovedTeacher: { role: "TEACHER", approved: false },
  teacher: { role: "TEACHER", approved: true },
  admin: { role: "ADMIN", approved: true },
} as const;

/** A fresh user for the caller (none for anonymous), and a client that calls as them. */
export async function aCaller(deps: ApiDeps, { role, via }: CallerSpec): Promise<{ me: Me | null; api: Client }> {
  if (role === "anonymous") return { me: null, api: clientFor(deps) };
  const passwordHash = await (callerPasswordHash ??= hashPassword(TEST_PASSWORD));
  const me = await aUserRow(deps.db, USER_OF_ROLE[role].role, { approved: USER_OF_ROLE[role].approved, passwordHash });
  const credentials: Credentials =
    via === "API token" ? { bearer: (await createApiToken(testDomainDeps(deps.db), me, { name: "matrix" })).token } : await sessionCookie(deps.db, me);
  return { me, api: clientFor(deps, credentials) };
}

const HOUR = 3_600_000;
const box = mfaSecretBox(TEST_SECRET);

/** The code an authenticator app shows `offsetSeconds` from now. */
export const totpCode = (secret: string, offsetSeconds = 0) => authenticator.clone({ epoch: Date.now() + offsetSeconds * 1000 }).generate(secret);

/**
 * Rows a call can succeed on: the caller's own where they have a side in them (the student of a
 * booking, the teacher of a slot), new users' where they do not (an admin's, or anyone refused
 * before the rows are read). So a refusal comes from the caller's role, never from the rows.
 */
export function rowsFor(db: Db, me: Me | null) {
  const deps = testDomainDeps(db);
  const own = {
    me,
    /** The caller, or a new student when nobody is signed in. */
    user: async () => me ?? aUserRow(db, "STUDENT"),
    student: async () => (me?.role === "STUDENT" ? me : aUserRow(db, "STUDENT")),
    teacher: async () => (me?.role === "TEACHER" ? me : aUserRow(db, "TEACHER")),
    unapprovedTeacher: () => aUserRow(db, "TEACHER", { approved: false }),
    /** Whom an admin names to act for a teacher; a teacher acts for themselves. */
    forTeacher: (teacher: Me) => (me?.role === "ADMIN" ? { teacherId: teacher.id } : {}),
    /** A one-hour slot of the teacher side, two days ahead unless told. */
    slot: async ({ hoursFromNow = 48 } = {}) => aSlot(db, (await own.teacher()).id, { hoursFromNow }),
    package: async ({ expiresAt }: { expiresAt?: Date } = {}) => aPackage(db, (await own.student()).id, { expiresAt }),
    payment: async () => aPayment(db, (await own.package()).id),
    /** A hold of the student side, who has a package to confirm it with, on a slot of the teacher side. */
    hold: async ({ holdExpiresAt }: { holdExpiresAt?: Date } = {}) => {
      const pkg = await own.package();
      const slot = await own.slot();
      return { pkg, slot, booking: await aBooking(db, { studentId: pkg.studentId, slotId: slot.id, holdExpiresAt }) };
    },
    /** A confirmed booking's lesson; `hoursFromNow` below 0 makes one that has begun. */
    lesson: async ({ hoursFromNow = 48 } = {}) => {
      const pkg = await own.package();
      return aLesson(db, { teacherId: (await own.teacher()).id, studentId: pkg.studentId, packageId: pkg.id, hoursFromNow });
    },
    /** An in-app notification for the user side. */
    notification: async () => {
      const user = await own.user();
      const event = await anOutboxEvent(db, user.id, { status: "PROCESSED" });
      return db.notification.create({ data: { eventId: event.id, userId: user.id, channel: "IN_APP", type: event.type, status: "SENT" } });
    },
    deadLetter: async () => anOutboxEvent(db, (await own.student()).id, { status: "FAILED" }),
    auditEntry: () => db.auditLog.create({ data: { action: "matrix.seeded", entityType: "matrix", entityId: randomUUID() } }),
    apiToken: async () => createApiToken(deps, await own.user(), { name: "seeded" }),
    /** Two-factor sign-in started for the user side: the secret their app holds. */
    mfaPending: async () => (await enrollMfa(deps, await own.user(), box)).secret,
    /**
     * Two-factor sign-in on for the user side. It was confirmed with the previous step's code, so
     * the code the app shows now has not been used yet.
     */
    mfaOn: async () => {
      const user = await own.user();
      const { secret } = await enrollMfa(deps, user, box);
      const { recoveryCodes } = await confirmMfa(deps, user, { code: totpCode(secret, -30) }, box);
      return { secret, recoveryCodes };
    },
    /** An instant `hours` from now (negative: past). */
    inHours: (hours: number) => new Date(Date.now() + hours * HOUR),
  };
  return own;
}

export type OwnRows = ReturnType<typeof rowsFor>;
