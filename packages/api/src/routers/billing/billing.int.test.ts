import { describe, expect, it } from "vitest";
import { aPackage, aPerson, aSlot } from "../../testing/factories.ts";
import { apiTestbed, clientFor, failureOf, testClock } from "../../testing/harness.ts";

const DAY = 86_400_000;
const clock = testClock();
const testbed = apiTestbed(clock);

describe("lesson packages", () => {
  it("an admin sells a student a package; the student sees it with its price in minor units", async () => {
    const admin = clientFor(testbed.deps, (await aPerson(testbed.database.db, "ADMIN")).session);
    const student = await aPerson(testbed.database.db, "STUDENT");
    const created = await admin.billing.createPackage.mutate({
      studentId: student.id,
      lessonsTotal: 10,
      expiresAt: new Date(clock.now().getTime() + 90 * DAY),
      price: { amountMinor: 25_000, currency: "EUR" },
    });
    expect(created).toMatchObject({ status: "ACTIVE", lessonsLeft: 10, price: { amountMinor: 25_000, currency: "EUR" } });
    await expect(clientFor(testbed.deps, student.session).billing.myPackages.query()).resolves.toEqual([created]);
    await expect(admin.billing.packagesByStudent.query({ studentId: student.id })).resolves.toEqual([created]);
    await expect(testbed.database.db.outboxEvent.count({ where: { type: "billing.package.created", aggregateId: created.id } })).resolves.toBe(1);
  });

  it("a package for a teacher, or one already expired, is refused", async () => {
    const admin = clientFor(testbed.deps, (await aPerson(testbed.database.db, "ADMIN")).session);
    const teacher = await aPerson(testbed.database.db, "TEACHER");
    const student = await aPerson(testbed.database.db, "STUDENT");
    const sale = (studentId: string, expiresAt: Date) =>
      admin.billing.createPackage.mutate({ studentId, lessonsTotal: 5, expiresAt, price: { amountMinor: 1, currency: "EUR" } });
    await expect(failureOf(sale(teacher.id, new Date(clock.now().getTime() + DAY)))).resolves.toMatchObject({ code: "NOT_FOUND" });
    await expect(failureOf(sale(student.id, new Date(clock.now().getTime() - DAY)))).resolves.toMatchObject({ appCode: "invalid_transition" });
  });

  it("an expired package reads back EXPIRED, persisted with audit and event, and cannot be held against", async () => {
    const student = await aPerson(testbed.database.db, "STUDENT");
    const pkg = await aPackage(testbed.database.db, student.id, { expiresAt: new Date(clock.now().getTime() + DAY) });
    const teacher = await aPerson(testbed.database.db, "TEACHER");
    const slot = await aSlot(testbed.database.db, teacher.id, { hoursFromNow: 72, now: clock.now() });
    clock.advance(DAY);
    const asStudent = clientFor(testbed.deps, student.session);
    await expect(failureOf(asStudent.booking.hold.mutate({ slotId: slot.id }))).resolves.toMatchObject({ appCode: "no_active_package" });
    // The refused hold itself kept the expiry it found, before anything reads the packages.
    await expect(testbed.database.db.lessonPackage.findUniqueOrThrow({ where: { id: pkg.id } })).resolves.toMatchObject({ status: "EXPIRED" });
    await expect(testbed.database.db.booking.count({ where: { slotId: slot.id } })).resolves.toBe(0);
    await expect(asStudent.billing.myPackages.query()).resolves.toEqual([expect.objectContaining({ id: pkg.id, status: "EXPIRED" })]);
    await expect(testbed.database.db.lessonPackage.findUniqueOrThrow({ where: { id: pkg.id } })).resolves.toMatchObject({ status: "EXPIRED" });
    await expect(testbed.database.db.auditLog.count({ where: { action: "billing.package.expired", entityId: pkg.id } })).resolves.toBe(1);
    await expect(testbed.database.db.outboxEvent.count({ where: { type: "billing.package.expired", aggregateId: pkg.id } })).resolves.toBe(1);
  });

  it("the admin action expires every overdue package once", async () => {
    const admin = clientFor(testbed.deps, (await aPerson(testbed.database.db, "ADMIN")).session);
    const student = await aPerson(testbed.database.db, "STUDENT");
    await aPackage(testbed.database.db, student.id, { expiresAt: new Date(clock.now().getTime() + 1_000) });
    clock.advance(2_000);
    const first = await admin.billing.expirePackages.mutate();
    expect(first.expired).toBeGreaterThanOrEqual(1);
    await expect(admin.billing.expirePackages.mutate()).resolves.toEqual({ expired: 0 });
  });
});
