import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { aUser, clientFor, failureOf, testDeps } from "./testing/harness.ts";
import type { ApiDeps } from "./api-deps.ts";

type Caller = "anonymous" | "student" | "unapprovedTeacher" | "teacher" | "admin";
type Client = ReturnType<typeof clientFor>;

const everyone: Caller[] = ["anonymous", "student", "unapprovedTeacher", "teacher", "admin"];
const signedIn: Caller[] = ["student", "unapprovedTeacher", "teacher", "admin"];
const someUserId = "00000000-0000-4000-8000-000000000000";

/** Who may call each procedure, and a call that is valid input. Every procedure must be here. */
const matrix: Record<string, { allowed: Caller[]; call: (client: Client) => Promise<unknown> }> = {
  "identity.register": {
    allowed: everyone,
    call: (client) =>
      client.identity.register.mutate({
        email: `matrix-${Math.random().toString(36).slice(2)}@example.com`,
        password: "long enough password",
        name: "Matrix",
      }),
  },
  "identity.me": { allowed: signedIn, call: (client) => client.identity.me.query() },
  "identity.updateProfile": { allowed: signedIn, call: (client) => client.identity.updateProfile.mutate({ timezone: "Europe/Riga" }) },
  "identity.createApiToken": { allowed: signedIn, call: (client) => client.identity.createApiToken.mutate({ name: "x" }) },
  "identity.apiTokens": { allowed: signedIn, call: (client) => client.identity.apiTokens.query() },
  "identity.revokeApiToken": { allowed: signedIn, call: (client) => client.identity.revokeApiToken.mutate({ tokenId: someUserId }) },
  "identity.changePassword": {
    allowed: signedIn,
    call: (client) => client.identity.changePassword.mutate({ currentPassword: "wrong password", newPassword: "another long one" }),
  },
  "identity.signOutEverywhere": { allowed: signedIn, call: (client) => client.identity.signOutEverywhere.mutate() },
  "identity.mfa.status": { allowed: signedIn, call: (client) => client.identity.mfa.status.query() },
  "identity.mfa.enroll": { allowed: signedIn, call: (client) => client.identity.mfa.enroll.mutate() },
  "identity.mfa.confirm": { allowed: signedIn, call: (client) => client.identity.mfa.confirm.mutate({ code: "123456" }) },
  "identity.mfa.disable": {
    allowed: signedIn,
    call: (client) => client.identity.mfa.disable.mutate({ code: "123456", password: "wrong password" }),
  },
  "identity.mfa.regenerateRecoveryCodes": {
    allowed: signedIn,
    call: (client) => client.identity.mfa.regenerateRecoveryCodes.mutate({ code: "123456" }),
  },
  "admin.approveTeacher": { allowed: ["admin"], call: (client) => client.admin.approveTeacher.mutate({ userId: someUserId }) },
  "admin.setUserDisabled": {
    allowed: ["admin"],
    call: (client) => client.admin.setUserDisabled.mutate({ userId: someUserId, disabled: true }),
  },
  "admin.signOutUser": { allowed: ["admin"], call: (client) => client.admin.signOutUser.mutate({ userId: someUserId }) },
  "admin.users": { allowed: ["admin"], call: (client) => client.admin.users.query({ limit: 5 }) },
  "admin.kpiOverview": { allowed: ["admin"], call: (client) => client.admin.kpiOverview.query() },
  "admin.kpiSeries": { allowed: ["admin"], call: (client) => client.admin.kpiSeries.query({ days: 7 }) },
  "admin.opsOverview": { allowed: ["admin"], call: (client) => client.admin.opsOverview.query({}) },
  "admin.auditLog": { allowed: ["admin"], call: (client) => client.admin.auditLog.query({ limit: 5 }) },
  "admin.bookings": { allowed: ["admin"], call: (client) => client.admin.bookings.query({ limit: 5 }) },
  "billing.payments": { allowed: ["admin"], call: (client) => client.billing.payments.query({ limit: 5 }) },
  "billing.sellPackage": {
    allowed: ["admin"],
    call: (client) =>
      client.billing.sellPackage.mutate({
        studentId: someUserId,
        lessonsTotal: 5,
        expiresAt: new Date(Date.now() + 86_400_000),
        price: { amountMinor: 10_000, currency: "EUR" },
        idempotencyKey: `matrix-${Math.random()}`,
      }),
  },
  "billing.extendPackage": {
    allowed: ["admin"],
    call: (client) => client.billing.extendPackage.mutate({ packageId: someUserId, expiresAt: new Date(Date.now() + 86_400_000) }),
  },
  "teachers.list": { allowed: everyone, call: (client) => client.teachers.list.query({ limit: 5 }) },
  "teachers.get": { allowed: signedIn, call: (client) => client.teachers.get.query({ teacherId: someUserId }) },
  "teachers.upsertMyProfile": { allowed: ["teacher"], call: (client) => client.teachers.upsertMyProfile.mutate({ bio: "Jazz" }) },
  "scheduling.createSlot": {
    allowed: ["teacher", "admin"],
    call: (client) => client.scheduling.createSlot.mutate({ startsAt: new Date(Date.now() + 3_600_000 * (100 + Math.random() * 5000)), durationMinutes: 15 }),
  },
  "scheduling.createWeeklySlots": {
    allowed: ["teacher", "admin"],
    call: (client) =>
      client.scheduling.createWeeklySlots.mutate({ weekdays: [3], from: "07:00", to: "07:30", durationMinutes: 30, startDate: "2030-01-01", weeks: 1 }),
  },
  "scheduling.previewWeeklySlots": {
    allowed: ["teacher", "admin"],
    call: (client) =>
      client.scheduling.previewWeeklySlots.query({ weekdays: [3], from: "07:00", to: "07:30", durationMinutes: 30, startDate: "2030-01-01", weeks: 1 }),
  },
  "scheduling.mySlots": { allowed: ["teacher"], call: (client) => client.scheduling.mySlots.query({ limit: 5 }) },
  "scheduling.openSlots": { allowed: signedIn, call: (client) => client.scheduling.openSlots.query({ limit: 5 }) },
  "scheduling.deleteSlot": { allowed: ["teacher", "admin"], call: (client) => client.scheduling.deleteSlot.mutate({ slotId: someUserId }) },
  "booking.hold": { allowed: ["student"], call: (client) => client.booking.hold.mutate({ slotId: someUserId }) },
  "booking.confirm": { allowed: ["student"], call: (client) => client.booking.confirm.mutate({ bookingId: someUserId }) },
  "booking.cancel": { allowed: signedIn, call: (client) => client.booking.cancel.mutate({ bookingId: someUserId }) },
  "booking.reschedule": {
    allowed: ["student"],
    call: (client) => client.booking.reschedule.mutate({ bookingId: someUserId, newSlotId: someUserId }),
  },
  "booking.my": { allowed: ["student", "teacher"], call: (client) => client.booking.my.query({ limit: 5 }) },
  "booking.expireHolds": { allowed: ["admin"], call: (client) => client.booking.expireHolds.mutate() },
  "lessons.my": { allowed: ["student", "teacher"], call: (client) => client.lessons.my.query({ limit: 5 }) },
  "lessons.complete": { allowed: ["teacher"], call: (client) => client.lessons.complete.mutate({ lessonId: someUserId }) },
  "lessons.markNoShow": { allowed: ["teacher"], call: (client) => client.lessons.markNoShow.mutate({ lessonId: someUserId }) },
  "billing.createPackage": {
    allowed: ["admin"],
    call: (client) =>
      client.billing.createPackage.mutate({
        studentId: someUserId,
        lessonsTotal: 5,
        expiresAt: new Date(Date.now() + 86_400_000),
        price: { amountMinor: 10_000, currency: "EUR" },
      }),
  },
  "billing.myPackages": { allowed: ["student"], call: (client) => client.billing.myPackages.query() },
  "billing.packagesByStudent": { allowed: ["admin"], call: (client) => client.billing.packagesByStudent.query({ studentId: someUserId }) },
  "billing.expirePackages": { allowed: ["admin"], call: (client) => client.billing.expirePackages.mutate() },
  "billing.createPayment": {
    allowed: ["admin"],
    call: (client) =>
      client.billing.createPayment.mutate({ packageId: someUserId, amount: { amountMinor: 100, currency: "EUR" }, idempotencyKey: "k" }),
  },
  "billing.updatePaymentStatus": {
    allowed: ["admin"],
    call: (client) => client.billing.updatePaymentStatus.mutate({ paymentId: someUserId, status: "SUCCEEDED" }),
  },
  "notifications.my": { allowed: signedIn, call: (client) => client.notifications.my.query({ limit: 5 }) },
  "notifications.deliveryMetrics": { allowed: ["admin"], call: (client) => client.notifications.deliveryMetrics.query({}) },
  "admin.requeueDeadLetters": { allowed: ["admin"], call: (client) => client.admin.requeueDeadLetters.mutate({ ids: [someUserId] }) },
};

let database: TestDatabase;
let deps: ApiDeps;
const clients = {} as Record<Caller, () => Promise<Client>>;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database.db, database.url);
  // A fresh user per call: some calls (sign out everywhere) end the caller's session.
  clients.anonymous = async () => clientFor(deps);
  clients.student = async () => clientFor(deps, (await aUser(database.db, "STUDENT")).session);
  clients.unapprovedTeacher = async () => clientFor(deps, (await aUser(database.db, "TEACHER", { approved: false })).session);
  clients.teacher = async () => clientFor(deps, (await aUser(database.db, "TEACHER")).session);
  clients.admin = async () => clientFor(deps, (await aUser(database.db, "ADMIN")).session);
});
afterAll(() => database.drop());

describe("authorization matrix", () => {
  it("covers every procedure of the router", () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [procedure, { allowed, call }] of Object.entries(matrix)) {
    for (const caller of everyone) {
      const may = allowed.includes(caller);
      it(`${procedure} × ${caller}: ${may ? "allowed" : "refused"}`, async () => {
        const outcome = await call(await clients[caller]()).then(
          () => ({ code: "OK" }),
          (error) => failureOf(Promise.reject(error)),
        );
        if (may) expect(["UNAUTHORIZED", "FORBIDDEN"]).not.toContain(outcome.code === "OK" ? "OK" : outcome.code);
        else expect(outcome.code).toBe(caller === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
      });
    }
  }
});
