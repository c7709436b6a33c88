import { randomUUID } from "node:crypto";
import { TEST_PASSWORD } from "@guitaronline/testbed/testing";
import { describe, expect, it } from "vitest";
import { developerReference } from "./reference/reference.ts";
import { appRouter } from "./root.ts";
import { aCaller, CALLERS, rowsFor, totpCode, type Client, type OwnRows, type Role } from "./testing/callers.ts";
import { aUserRow } from "./testing/factories.ts";
import { apiTestbed, failureOf } from "./testing/harness.ts";

const testbed = apiTestbed();

const signedIn: Role[] = ["student", "unapprovedTeacher", "teacher", "admin"];
const everyone: Role[] = ["anonymous", ...signedIn];
const euros = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
const idsOf = (items: { id: string }[]) => items.map((item) => item.id);

/**
 * Who may call each procedure, and a call that succeeds for them. `call` seeds the rows it acts on
 * (`own`: the caller's own where they have a side, see rowsFor) and checks the answer, so an allowed
 * caller must get a real success; any other caller must be refused before the rows are read:
 * UNAUTHORIZED when anonymous, else FORBIDDEN. Every procedure of the router has a row here.
 */
const matrix: Record<string, { allowed: Role[]; call: (api: Client, own: OwnRows) => Promise<void> }> = {
  "identity.register": {
    allowed: everyone,
    call: async (api) => {
      const email = `matrix-${randomUUID()}@example.com`;
      expect(await api.identity.register.mutate({ email, password: TEST_PASSWORD, name: "Matrix" })).toMatchObject({ email });
    },
  },
  "identity.me": {
    allowed: signedIn,
    call: async (api, own) => expect(await api.identity.me.query()).toMatchObject({ id: own.me?.id }),
  },
  "identity.updateProfile": {
    allowed: signedIn,
    call: async (api, own) =>
      expect(await api.identity.updateProfile.mutate({ timezone: "Europe/Riga" })).toMatchObject({ id: own.me?.id, timezone: "Europe/Riga" }),
  },
  "identity.createApiToken": {
    allowed: signedIn,
    call: async (api) => expect(await api.identity.createApiToken.mutate({ name: "script" })).toMatchObject({ name: "script" }),
  },
  "identity.apiTokens": {
    allowed: signedIn,
    call: async (api, own) => {
      const token = await own.apiToken();
      expect(idsOf(await api.identity.apiTokens.query())).toContain(token.id);
    },
  },
  "identity.revokeApiToken": {
    allowed: signedIn,
    call: async (api, own) => {
      const token = await own.apiToken();
      await api.identity.revokeApiToken.mutate({ tokenId: token.id });
    },
  },
  "identity.changePassword": {
    allowed: signedIn,
    call: async (api) => {
      await api.identity.changePassword.mutate({ currentPassword: TEST_PASSWORD, newPassword: "another long password" });
    },
  },
  "identity.signOutEverywhere": {
    allowed: signedIn,
    call: async (api) => {
      await api.identity.signOutEverywhere.mutate();
    },
  },
  "identity.mfa.status": {
    allowed: signedIn,
    call: async (api) => expect(await api.identity.mfa.status.query()).toMatchObject({ enabled: false }),
  },
  "identity.mfa.enroll": {
    allowed: signedIn,
    call: async (api) => expect((await api.identity.mfa.enroll.mutate()).secret).toMatch(/^[A-Z2-7]+$/),
  },
  "identity.mfa.confirm": {
    allowed: signedIn,
    call: async (api, own) => {
      const secret = await own.mfaPending();
      expect((await api.identity.mfa.confirm.mutate({ code: totpCode(secret) })).recoveryCodes).toHaveLength(10);
    },
  },
  "identity.mfa.disable": {
    allowed: signedIn,
    call: async (api, own) => {
      const { recoveryCodes } = await own.mfaOn();
      await api.identity.mfa.disable.mutate({ code: recoveryCodes[0]!, password: TEST_PASSWORD });
    },
  },
  "identity.mfa.regenerateRecoveryCodes": {
    allowed: signedIn,
    call: async (api, own) => {
      const { secret } = await own.mfaOn();
      expect((await api.identity.mfa.regenerateRecoveryCodes.mutate({ code: totpCode(secret) })).recoveryCodes).toHaveLength(10);
    },
  },

  "admin.approveTeacher": {
    allowed: ["admin"],
    call: async (api, own) => {
      const teacher = await own.unapprovedTeacher();
      expect(await api.admin.approveTeacher.mutate({ userId: teacher.id })).toMatchObject({ id: teacher.id, approved: true });
    },
  },
  "admin.setUserDisabled": {
    allowed: ["admin"],
    call: async (api, own) => {
      const student = await own.student();
      await api.admin.setUserDisabled.mutate({ userId: student.id, disabled: true });
    },
  },
  "admin.signOutUser": {
    allowed: ["admin"],
    call: async (api, own) => {
      const student = await own.student();
      await api.admin.signOutUser.mutate({ userId: student.id });
    },
  },
  "admin.users": {
    allowed: ["admin"],
    call: async (api, own) => {
      const student = await own.student();
      expect(idsOf((await api.admin.users.query({ search: student.email })).items)).toEqual([student.id]);
    },
  },
  "admin.kpiOverview": {
    allowed: ["admin"],
    call: async (api, own) => {
      await own.hold();
      expect((await api.admin.kpiOverview.query()).bookings.byStatus.HOLD).toBeGreaterThan(0);
    },
  },
  "admin.kpiSeries": {
    allowed: ["admin"],
    call: async (api) => expect((await api.admin.kpiSeries.query({ days: 7 })).days).toHaveLength(7),
  },
  "admin.opsOverview": {
    allowed: ["admin"],
    call: async (api, own) => {
      await own.deadLetter();
      expect((await api.admin.opsOverview.query({})).outboxDeadLetter).toBeGreaterThan(0);
    },
  },
  "admin.auditLog": {
    allowed: ["admin"],
    call: async (api, own) => {
      const entry = await own.auditEntry();
      expect(idsOf((await api.admin.auditLog.query({ entityId: entry.entityId })).items)).toEqual([entry.id]);
    },
  },
  "admin.bookings": {
    allowed: ["admin"],
    call: async (api, own) => {
      const { booking } = await own.hold();
      expect(idsOf((await api.admin.bookings.query({ studentId: booking.studentId })).items)).toEqual([booking.id]);
    },
  },
  "admin.requeueDeadLetters": {
    allowed: ["admin"],
    call: async (api, own) => {
      const deadLetter = await own.deadLetter();
      expect(await api.admin.requeueDeadLetters.mutate({ ids: [deadLetter.id] })).toEqual({ requeued: 1 });
    },
  },

  "teachers.list": {
    allowed: everyone,
    call: async (api, own) => {
      await own.teacher();
      expect((await api.teachers.list.query({ limit: 5 })).items.length).toBeGreaterThan(0);
    },
  },
  "teachers.get": {
    allowed: signedIn,
    call: async (api) => {
      // Another, approved teacher: an unapproved one is nobody's to see, not even their own.
      const teacher = await aUserRow(testbed.database.db, "TEACHER");
      expect(await api.teachers.get.query({ teacherId: teacher.id })).toMatchObject({ id: teacher.id, name: teacher.name });
    },
  },
  "teachers.upsertMyProfile": {
    allowed: ["teacher"],
    call: async (api, own) => expect(await api.teachers.upsertMyProfile.mutate({ bio: "Jazz" })).toMatchObject({ userId: own.me?.id, bio: "Jazz" }),
  },

  "scheduling.createSlot": {
    allowed: ["teacher", "admin"],
    call: async (api, own) => {
      const teacher = await own.teacher();
      const created = await api.scheduling.createSlot.mutate({ startsAt: own.inHours(48), durationMinutes: 60, ...own.forTeacher(teacher) });
      expect(created.teacherId).toBe(teacher.id);
    },
  },
  "scheduling.createWeeklySlots": {
    allowed: ["teacher", "admin"],
    call: async (api, own) => {
      const teacher = await own.teacher();
      const startDate = own.inHours(7 * 24).toISOString().slice(0, 10);
      const pattern = { weekdays: [1, 2, 3, 4, 5, 6, 7], from: "07:00", to: "08:00", durationMinutes: 60, startDate, weeks: 1 };
      expect(await api.scheduling.createWeeklySlots.mutate({ ...pattern, ...own.forTeacher(teacher) })).toHaveLength(7);
    },
  },
  "scheduling.previewWeeklySlots": {
    allowed: ["teacher", "admin"],
    call: async (api, own) => {
      const teacher = await own.teacher();
      const startDate = own.inHours(7 * 24).toISOString().slice(0, 10);
      const pattern = { weekdays: [1, 2, 3, 4, 5, 6, 7], from: "07:00", to: "08:00", durationMinutes: 60, startDate, weeks: 1 };
      expect((await api.scheduling.previewWeeklySlots.query({ ...pattern, ...own.forTeacher(teacher) })).slots).toHaveLength(7);
    },
  },
  "scheduling.mySlots": {
    allowed: ["teacher"],
    call: async (api, own) => {
      const { slot, booking } = await own.hold();
      const [mine] = (await api.scheduling.mySlots.query({})).items;
      expect(mine).toMatchObject({ id: slot.id, booking: { id: booking.id, status: "HOLD" } });
    },
  },
  "scheduling.openSlots": {
    allowed: signedIn,
    call: async (api, own) => {
      const slot = await own.slot();
      expect(idsOf((await api.scheduling.openSlots.query({ teacherId: slot.teacherId })).items)).toEqual([slot.id]);
    },
  },
  "scheduling.deleteSlot": {
    allowed: ["teacher", "admin"],
    call: async (api, own) => {
      const slot = await own.slot();
      expect(await api.scheduling.deleteSlot.mutate({ slotId: slot.id })).toEqual({ id: slot.id });
    },
  },

  "booking.hold": {
    allowed: ["student"],
    call: async (api, own) => {
      await own.package();
      const slot = await own.slot();
      expect(await api.booking.hold.mutate({ slotId: slot.id })).toMatchObject({ status: "HOLD", slotId: slot.id });
    },
  },
  "booking.confirm": {
    allowed: ["student"],
    call: async (api, own) => {
      const { booking } = await own.hold();
      expect(await api.booking.confirm.mutate({ bookingId: booking.id })).toMatchObject({ id: booking.id, status: "CONFIRMED" });
    },
  },
  "booking.cancel": {
    allowed: signedIn,
    call: async (api, own) => {
      const { booking } = await own.hold();
      expect(await api.booking.cancel.mutate({ bookingId: booking.id })).toMatchObject({ id: booking.id, status: "CANCELED" });
    },
  },
  "booking.reschedule": {
    allowed: ["student"],
    call: async (api, own) => {
      const { booking } = await own.hold();
      const later = await own.slot({ hoursFromNow: 96 });
      expect(await api.booking.reschedule.mutate({ bookingId: booking.id, newSlotId: later.id })).toMatchObject({
        status: "HOLD",
        rescheduledFromId: booking.id,
      });
    },
  },
  "booking.my": {
    allowed: ["student", "teacher"],
    call: async (api, own) => {
      const { booking } = await own.hold();
      expect(idsOf((await api.booking.my.query({})).items)).toEqual([booking.id]);
    },
  },
  "booking.expireHolds": {
    allowed: ["admin"],
    call: async (api, own) => {
      await own.hold({ holdExpiresAt: own.inHours(-1) });
      expect((await api.booking.expireHolds.mutate()).expired).toBeGreaterThan(0);
    },
  },

  "lessons.my": {
    allowed: ["student", "teacher"],
    call: async (api, own) => {
      const { lesson } = await own.lesson();
      expect(idsOf((await api.lessons.my.query({})).items)).toEqual([lesson.id]);
    },
  },
  "lessons.complete": {
    allowed: ["teacher"],
    call: async (api, own) => {
      const { lesson } = await own.lesson({ hoursFromNow: -1 });
      expect(await api.lessons.complete.mutate({ lessonId: lesson.id })).toEqual({ id: lesson.id, status: "COMPLETED" });
    },
  },
  "lessons.markNoShow": {
    allowed: ["teacher"],
    call: async (api, own) => {
      const { lesson } = await own.lesson({ hoursFromNow: -1 });
      expect(await api.lessons.markNoShow.mutate({ lessonId: lesson.id })).toEqual({ id: lesson.id, status: "NO_SHOW" });
    },
  },

  "billing.createPackage": {
    allowed: ["admin"],
    call: async (api, own) => {
      const student = await own.student();
      const input = { studentId: student.id, lessonsTotal: 5, expiresAt: own.inHours(24 * 30), price: euros(10_000) };
      expect(await api.billing.createPackage.mutate(input)).toMatchObject({ status: "ACTIVE", lessonsLeft: 5 });
    },
  },
  "billing.sellPackage": {
    allowed: ["admin"],
    call: async (api, own) => {
      const student = await own.student();
      const sale = { studentId: student.id, lessonsTotal: 5, expiresAt: own.inHours(24 * 30), price: euros(10_000), idempotencyKey: randomUUID() };
      expect(await api.billing.sellPackage.mutate(sale)).toMatchObject({ package: { status: "ACTIVE" }, payment: { status: "SUCCEEDED" } });
    },
  },
  "billing.extendPackage": {
    allowed: ["admin"],
    call: async (api, own) => {
      const pkg = await own.package();
      const expiresAt = own.inHours(24 * 365);
      expect(await api.billing.extendPackage.mutate({ packageId: pkg.id, expiresAt })).toMatchObject({ id: pkg.id, expiresAt });
    },
  },
  "billing.myPackages": {
    allowed: ["student"],
    call: async (api, own) => {
      const pkg = await own.package();
      expect(idsOf(await api.billing.myPackages.query())).toEqual([pkg.id]);
    },
  },
  "billing.packagesByStudent": {
    allowed: ["admin"],
    call: async (api, own) => {
      const pkg = await own.package();
      expect(idsOf(await api.billing.packagesByStudent.query({ studentId: pkg.studentId }))).toEqual([pkg.id]);
    },
  },
  "billing.expirePackages": {
    allowed: ["admin"],
    call: async (api, own) => {
      await own.package({ expiresAt: own.inHours(-1) });
      expect((await api.billing.expirePackages.mutate()).expired).toBeGreaterThan(0);
    },
  },
  "billing.createPayment": {
    allowed: ["admin"],
    call: async (api, own) => {
      const pkg = await own.package();
      const payment = { packageId: pkg.id, amount: euros(25_000), idempotencyKey: randomUUID() };
      expect(await api.billing.createPayment.mutate(payment)).toMatchObject({ packageId: pkg.id, status: "PENDING" });
    },
  },
  "billing.updatePaymentStatus": {
    allowed: ["admin"],
    call: async (api, own) => {
      const payment = await own.payment();
      expect(await api.billing.updatePaymentStatus.mutate({ paymentId: payment.id, status: "SUCCEEDED" })).toMatchObject({
        id: payment.id,
        status: "SUCCEEDED",
      });
    },
  },
  "billing.payments": {
    allowed: ["admin"],
    call: async (api, own) => {
      const payment = await own.payment();
      expect(idsOf((await api.billing.payments.query({ packageId: payment.packageId })).items)).toEqual([payment.id]);
    },
  },

  "notifications.my": {
    allowed: signedIn,
    call: async (api, own) => {
      const notification = await own.notification();
      expect(idsOf((await api.notifications.my.query({})).items)).toEqual([notification.id]);
    },
  },
  "notifications.deliveryMetrics": {
    allowed: ["admin"],
    call: async (api, own) => {
      await own.deadLetter();
      expect((await api.notifications.deliveryMetrics.query({})).outbox.deadLetter).toBeGreaterThan(0);
    },
  },
};

describe("authorization matrix", () => {
  it("has a row for every procedure of the router, and none for a procedure it lacks", () => {
    // Subscriptions are server-sent event streams, out of the typed HTTP client's reach: who may open
    // scheduling.onSlotChange is checked in live/slot-changes.int.test.ts.
    const calls = developerReference().filter((procedure) => procedure.kind !== "subscription");
    expect(calls.length).toBe(Object.keys(appRouter._def.procedures).length - 1);
    expect(Object.keys(matrix).sort()).toEqual(calls.map((procedure) => procedure.path).sort());
  });

  for (const [procedure, { allowed, call }] of Object.entries(matrix)) {
    for (const [callerName, caller] of Object.entries(CALLERS)) {
      const may = allowed.includes(caller.role);
      it(`${procedure} × ${callerName}: ${may ? "succeeds" : "refused"}`, async () => {
        const { me, api } = await aCaller(testbed.deps, caller);
        const attempt = call(api, rowsFor(testbed.database.db, me));
        if (may) await attempt;
        else expect((await failureOf(attempt)).code).toBe(caller.role === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
      });
    }
  }
});
