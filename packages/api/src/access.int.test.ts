import { randomUUID } from "node:crypto";
import { hashPassword } from "@guitaronline/domain";
import { describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { aBooking, aLesson, anOutboxEvent, aPackage, aPayment, aPerson, aSlot, aUserRow } from "./testing/factories.ts";
import { apiTestbed, clientFor, failureOf } from "./testing/harness.ts";

type Caller = "anonymous" | "student" | "unapprovedTeacher" | "teacher" | "admin";
type Client = ReturnType<typeof clientFor>;
type Person = Awaited<ReturnType<typeof aPerson>>;

const everyone: Caller[] = ["anonymous", "student", "unapprovedTeacher", "teacher", "admin"];
const signedIn: Caller[] = ["student", "unapprovedTeacher", "teacher", "admin"];
const staff: Caller[] = ["teacher", "admin"];
const HOUR = 3_600_000;

const testbed = apiTestbed();
const db = () => testbed.database.db;

/**
 * The caller's own user, made afresh for each call (signing out everywhere ends a session): an
 * anonymous caller is a student who sends no credentials.
 */
async function callerFor(caller: Caller): Promise<{ me: Person; client: Client }> {
  const role = ({ anonymous: "STUDENT", student: "STUDENT", unapprovedTeacher: "TEACHER", teacher: "TEACHER", admin: "ADMIN" } as const)[caller];
  const me = await aPerson(db(), role, { approved: caller !== "unapprovedTeacher" });
  return { me, client: clientFor(testbed.deps, caller === "anonymous" ? null : me.session) };
}

/** The caller when the row needs a user of `role`, else a fresh one of that role. */
const meOr = async (me: Person, role: "STUDENT" | "TEACHER") => (me.role === role ? me : aUserRow(db(), role));

/** A slot some hours ahead no other fixture of the teacher's can overlap. */
const aFreeSlot = (teacherId: string) => aSlot(db(), teacherId, { hoursFromNow: 24 + Math.floor(Math.random() * 5_000) });

/** A held booking that concerns the caller: theirs as a student, on their slot as a teacher. */
async function aHoldConcerning(me: Person) {
  const student = await meOr(me, "STUDENT");
  const teacher = await meOr(me, "TEACHER");
  const pkg = await aPackage(db(), student.id);
  const slot = await aFreeSlot(teacher.id);
  return { booking: await aBooking(db(), { studentId: student.id, slotId: slot.id }), teacher, pkg };
}

/** A lesson of the caller that has begun, so an outcome can be recorded. */
async function aBegunLessonOf(me: Person) {
  const student = await aUserRow(db(), "STUDENT");
  const pkg = await aPackage(db(), student.id);
  const teacher = await meOr(me, "TEACHER");
  return (await aLesson(db(), { teacherId: teacher.id, studentId: student.id, packageId: pkg.id, hoursFromNow: -0.5 })).lesson;
}

const anActivePackage = async () => aPackage(db(), (await aUserRow(db(), "STUDENT")).id);

/** An admin publishes for a teacher they name; a teacher for themselves. */
const publisherInput = async (me: Person) => (me.role === "ADMIN" ? { teacherId: (await aUserRow(db(), "TEACHER")).id } : {});

const tomorrow = () => new Date(Date.now() + 24 * HOUR).toISOString().slice(0, 10);
const OLD_PASSWORD = "correct horse battery";

/**
 * Who may call each procedure, and a call on real rows that succeeds for an allowed caller. Every
 * procedure of the router must be here.
 */
const matrix: Record<string, { allowed: Caller[]; call: (client: Client, me: Person) => Promise<unknown> }> = {
  "identity.register": {
    allowed: everyone,
    call: (client) =>
      client.identity.register.mutate({ email: `matrix-${randomUUID()}@example.com`, password: "long enough password", name: "Matrix" }),
  },
  "identity.me": { allowed: signedIn, call: (client) => client.identity.me.query() },
  "identity.createApiToken": { allowed: signedIn, call: (client) => client.identity.createApiToken.mutate({ name: "script" }) },
  "identity.apiTokens": { allowed: signedIn, call: (client) => client.identity.apiTokens.query() },
  "identity.revokeApiToken": {
    allowed: signedIn,
    call: async (client, me) => {
      const token = await db().apiToken.create({
        data: { userId: me.id, name: "script", tokenHash: randomUUID(), tokenPrefix: "go_matrix", sessionVersion: 0 },
      });
      return client.identity.revokeApiToken.mutate({ tokenId: token.id });
    },
  },
  "identity.changePassword": {
    allowed: signedIn,
    call: async (client, me) => {
      await db().user.update({ where: { id: me.id }, data: { passwordHash: await hashPassword(OLD_PASSWORD) } });
      return client.identity.changePassword.mutate({ currentPassword: OLD_PASSWORD, newPassword: "another long password" });
    },
  },
  "identity.signOutEverywhere": { allowed: signedIn, call: (client) => client.identity.signOutEverywhere.mutate() },
  "admin.approveTeacher": {
    allowed: ["admin"],
    call: async (client) => client.admin.approveTeacher.mutate({ userId: (await aUserRow(db(), "TEACHER", { approved: false })).id }),
  },
  "admin.setUserDisabled": {
    allowed: ["admin"],
    call: async (client) => client.admin.setUserDisabled.mutate({ userId: (await aUserRow(db(), "STUDENT")).id, disabled: true }),
  },
  "admin.signOutUser": {
    allowed: ["admin"],
    call: async (client) => client.admin.signOutUser.mutate({ userId: (await aUserRow(db(), "STUDENT")).id }),
  },
  "admin.users": { allowed: ["admin"], call: (client) => client.admin.users.query({ limit: 5 }) },
  "admin.requeueDeadLetters": {
    allowed: ["admin"],
    call: async (client) => {
      const deadLetter = await anOutboxEvent(db(), (await aUserRow(db(), "STUDENT")).id, { status: "FAILED" });
      return client.admin.requeueDeadLetters.mutate({ ids: [deadLetter.id] });
    },
  },
  "teachers.list": { allowed: everyone, call: (client) => client.teachers.list.query({ limit: 5 }) },
  "teachers.upsertMyProfile": { allowed: ["teacher"], call: (client) => client.teachers.upsertMyProfile.mutate({ bio: "Jazz" }) },
  "scheduling.createSlot": {
    allowed: staff,
    call: async (client, me) =>
      client.scheduling.createSlot.mutate({ startsAt: new Date(Date.now() + 100 * HOUR), durationMinutes: 15, ...(await publisherInput(me)) }),
  },
  "scheduling.createWeeklySlots": {
    allowed: staff,
    call: async (client, me) =>
      client.scheduling.createWeeklySlots.mutate({
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        from: "07:00",
        to: "07:30",
        durationMinutes: 30,
        startDate: tomorrow(),
        weeks: 1,
        ...(await publisherInput(me)),
      }),
  },
  "scheduling.openSlots": { allowed: signedIn, call: (client) => client.scheduling.openSlots.query({ limit: 5 }) },
  "scheduling.deleteSlot": {
    allowed: staff,
    call: async (client, me) => client.scheduling.deleteSlot.mutate({ slotId: (await aFreeSlot((await meOr(me, "TEACHER")).id)).id }),
  },
  "booking.hold": {
    allowed: ["student"],
    call: async (client, me) => {
      await aPackage(db(), me.id);
      return client.booking.hold.mutate({ slotId: (await aFreeSlot((await aUserRow(db(), "TEACHER")).id)).id });
    },
  },
  "booking.confirm": {
    allowed: ["student"],
    call: async (client, me) => client.booking.confirm.mutate({ bookingId: (await aHoldConcerning(me)).booking.id }),
  },
  "booking.cancel": {
    allowed: signedIn,
    call: async (client, me) => client.booking.cancel.mutate({ bookingId: (await aHoldConcerning(me)).booking.id }),
  },
  "booking.reschedule": {
    allowed: ["student"],
    call: async (client, me) => {
      const { booking, teacher } = await aHoldConcerning(me);
      return client.booking.reschedule.mutate({ bookingId: booking.id, newSlotId: (await aFreeSlot(teacher.id)).id });
    },
  },
  "booking.my": { allowed: ["student", "teacher"], call: (client) => client.booking.my.query({ limit: 5 }) },
  "booking.expireHolds": { allowed: ["admin"], call: (client) => client.booking.expireHolds.mutate() },
  "lessons.my": { allowed: ["student", "teacher"], call: (client) => client.lessons.my.query({ limit: 5 }) },
  "lessons.complete": {
    allowed: ["teacher"],
    call: async (client, me) => client.lessons.complete.mutate({ lessonId: (await aBegunLessonOf(me)).id, notes: "Scales" }),
  },
  "lessons.markNoShow": {
    allowed: ["teacher"],
    call: async (client, me) => client.lessons.markNoShow.mutate({ lessonId: (await aBegunLessonOf(me)).id }),
  },
  "billing.createPackage": {
    allowed: ["admin"],
    call: async (client) =>
      client.billing.createPackage.mutate({
        studentId: (await aUserRow(db(), "STUDENT")).id,
        lessonsTotal: 5,
        expiresAt: new Date(Date.now() + 30 * 24 * HOUR),
        price: { amountMinor: 10_000, currency: "EUR" },
      }),
  },
  "billing.myPackages": { allowed: ["student"], call: (client) => client.billing.myPackages.query() },
  "billing.packagesByStudent": {
    allowed: ["admin"],
    call: async (client) => client.billing.packagesByStudent.query({ studentId: (await anActivePackage()).studentId }),
  },
  "billing.expirePackages": { allowed: ["admin"], call: (client) => client.billing.expirePackages.mutate() },
  "billing.createPayment": {
    allowed: ["admin"],
    call: async (client) =>
      client.billing.createPayment.mutate({
        packageId: (await anActivePackage()).id,
        amount: { amountMinor: 10_000, currency: "EUR" },
        idempotencyKey: randomUUID(),
      }),
  },
  "billing.updatePaymentStatus": {
    allowed: ["admin"],
    call: async (client) =>
      client.billing.updatePaymentStatus.mutate({ paymentId: (await aPayment(db(), (await anActivePackage()).id)).id, status: "SUCCEEDED" }),
  },
  "notifications.my": { allowed: signedIn, call: (client) => client.notifications.my.query({ limit: 5 }) },
  "notifications.deliveryMetrics": { allowed: ["admin"], call: (client) => client.notifications.deliveryMetrics.query({}) },
};

describe("authorization matrix", () => {
  it("has a row for every procedure of the router", () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  for (const [procedure, { allowed, call }] of Object.entries(matrix)) {
    for (const caller of everyone) {
      if (allowed.includes(caller)) {
        it(`${procedure} × ${caller}: allowed, and it succeeds on real rows`, async () => {
          const { me, client } = await callerFor(caller);
          expect(await call(client, me)).toBeDefined();
        });
      } else {
        const refusal = caller === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN";
        it(`${procedure} × ${caller}: refused as ${refusal}`, async () => {
          const { me, client } = await callerFor(caller);
          expect(await failureOf(call(client, me))).toMatchObject({ code: refusal });
        });
      }
    }
  }
});
