import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import { businessSnapshot } from "@guitaronline/domain";
import { registerBusinessMetrics } from "@guitaronline/observability";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aPackage, aPerson, aSlot } from "../../testing/factories.ts";
import { clientFor, testClock, testDeps } from "../../testing/harness.ts";
import type { ApiDeps } from "../../api-deps.ts";

const DAY = 86_400_000;
const EUR = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
// Rows take their creation time from the database, so the test clock starts at the real now.
const clock = testClock();
let database: TestDatabase;
let deps: ApiDeps;
let adminId: string;
let admin: ReturnType<typeof clientFor>;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database.db, database.url, undefined, clock);
  const person = await aPerson(database.db, "ADMIN");
  adminId = person.id;
  admin = clientFor(deps, person.session);
});
afterAll(() => database.drop());

const sale = (studentId: string, amountMinor: number, paymentStatus: "PENDING" | "SUCCEEDED" = "SUCCEEDED") =>
  admin.billing.sellPackage.mutate({
    studentId,
    lessonsTotal: 10,
    expiresAt: new Date(clock.now().getTime() + 60 * DAY),
    price: EUR(amountMinor),
    paymentStatus,
    idempotencyKey: randomUUID(),
  });

let slotHour = 48;

async function aBookedLesson(studentSession: { cookie: string }, teacherId: string, confirm = true) {
  const slot = await aSlot(database.db, teacherId, { now: clock.now(), hoursFromNow: (slotHour += 2) });
  const student = clientFor(deps, studentSession);
  const hold = await student.booking.hold.mutate({ slotId: slot.id });
  if (confirm) await student.booking.confirm.mutate({ bookingId: hold.id });
  return hold;
}

describe("the KPI overview", () => {
  it("equals a known school exactly, money in minor units, and moves by exactly what happened", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const ann = await aPerson(database.db, "STUDENT");
    const boris = await aPerson(database.db, "STUDENT");
    await sale(ann.id, 20_000);
    await sale(boris.id, 15_000, "PENDING");
    await aBookedLesson(ann.session, teacher.id);
    await aBookedLesson(boris.session, teacher.id, false);

    const before = await admin.admin.kpiOverview.query();
    expect(before).toEqual({
      users: { byRole: { STUDENT: 2, TEACHER: 1, ADMIN: 1 } },
      bookings: { byStatus: { HOLD: 1, CONFIRMED: 1, CANCELED: 0, EXPIRED: 0 } },
      lessons: { byStatus: { SCHEDULED: 1, COMPLETED: 0, NO_SHOW: 0, CANCELED: 0 } },
      payments: { byStatus: { PENDING: 1, SUCCEEDED: 1, FAILED: 0, REFUNDED: 0 }, succeededMinor: 20_000, refundedMinor: 0, netMinor: 20_000 },
      packages: { byStatus: { ACTIVE: 2, EXPIRED: 0, DEPLETED: 0 } },
    });

    const [annPackage] = await admin.billing.packagesByStudent.query({ studentId: ann.id });
    const payment = await admin.billing.createPayment.mutate({ packageId: annPackage!.id, amount: EUR(12_345), idempotencyKey: randomUUID() });
    await admin.billing.updatePaymentStatus.mutate({ paymentId: payment.id, status: "SUCCEEDED" });
    const paid = await admin.admin.kpiOverview.query();
    expect(paid.payments).toEqual({
      byStatus: { PENDING: 1, SUCCEEDED: 2, FAILED: 0, REFUNDED: 0 },
      succeededMinor: 32_345,
      refundedMinor: 0,
      netMinor: 32_345,
    });

    await admin.billing.updatePaymentStatus.mutate({ paymentId: payment.id, status: "REFUNDED" });
    const refunded = await admin.admin.kpiOverview.query();
    expect(refunded.payments).toEqual({
      byStatus: { PENDING: 1, SUCCEEDED: 1, FAILED: 0, REFUNDED: 1 },
      succeededMinor: 32_345,
      refundedMinor: 12_345,
      netMinor: 20_000,
    });

    const series = await admin.admin.kpiSeries.query({ days: 7 });
    expect(series.days).toHaveLength(7);
    expect(series.days.at(-1)).toMatchObject({
      day: clock.now().toISOString().slice(0, 10),
      bookings: { HOLD: 1, CONFIRMED: 1, CANCELED: 0, EXPIRED: 0 },
      revenue: { succeededMinor: 32_345, refundedMinor: 12_345, netMinor: 20_000 },
    });
  });

  it("each view of either dashboard is traced with the admin as actor", async () => {
    const traced = (action: string) => database.db.auditLog.count({ where: { action, actorId: adminId } });
    const [kpiBefore, opsBefore] = [await traced("admin.kpi.view"), await traced("admin.ops.view")];
    await admin.admin.kpiOverview.query();
    await admin.admin.opsOverview.query({});
    await admin.admin.opsOverview.query({});
    expect(await traced("admin.kpi.view")).toBe(kpiBefore + 1);
    expect(await traced("admin.ops.view")).toBe(opsBefore + 2);
  });
});

describe("the ops overview and its remediations", () => {
  it("counts stale holds and overdue packages, and the admin's remediations clear them, audited with the admin as actor", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const student = await aPerson(database.db, "STUDENT");
    await sale(student.id, 10_000);
    await aBookedLesson(student.session, teacher.id, false);
    const lapsing = await aStudentPackageExpiringSoon();
    const before = await admin.admin.opsOverview.query({});
    clock.advance(2 * 3_600_000);
    const due = await admin.admin.opsOverview.query({});
    expect(due.staleHolds).toBeGreaterThan(before.staleHolds);
    expect(due.overdueActivePackages).toBeGreaterThan(before.overdueActivePackages);

    const holds = await admin.booking.expireHolds.mutate();
    const packages = await admin.billing.expirePackages.mutate();
    expect(holds.expired).toBeGreaterThanOrEqual(1);
    expect(packages.expired).toBeGreaterThanOrEqual(1);
    const after = await admin.admin.opsOverview.query({});
    expect(after).toMatchObject({ staleHolds: 0, overdueActivePackages: 0 });

    const byAdmin = await admin.admin.auditLog.query({ actorId: adminId, action: "admin.", limit: 50 });
    const actions = byAdmin.items.map((entry) => entry.action);
    expect(actions).toContain("admin.holds.expired");
    expect(actions).toContain("admin.packages.expired");
    const expiry = await database.db.auditLog.findFirst({ where: { action: "billing.package.expired", entityId: lapsing.id } });
    expect(expiry?.actorId).toBe(adminId);
  });

  it("a success the provider reports is recorded on a lapsed package, which then shows as paid but unusable until extended", async () => {
    const student = await aPerson(database.db, "STUDENT");
    const pkg = await aPackage(database.db, student.id, { expiresAt: new Date(clock.now().getTime() + DAY) });
    const payment = await admin.billing.createPayment.mutate({ packageId: pkg.id, amount: EUR(25_000), idempotencyKey: randomUUID() });
    await database.db.lessonPackage.update({ where: { id: pkg.id }, data: { expiresAt: new Date(clock.now().getTime() - 1), status: "EXPIRED" } });
    const before = await admin.admin.opsOverview.query({});

    await expect(admin.billing.updatePaymentStatus.mutate({ paymentId: payment.id, status: "SUCCEEDED" })).resolves.toMatchObject({ status: "SUCCEEDED" });
    const unusable = await admin.admin.opsOverview.query({});
    expect(unusable.paidButUnusable).toBe(before.paidButUnusable + 1);
    expect(unusable.paidButUnusablePackages.map((row) => row.id)).toContain(pkg.id);
    const notice = await database.db.outboxEvent.findFirst({ where: { type: "billing.payment.succeeded", aggregateId: payment.id } });
    expect(notice?.payload).toMatchObject({ studentId: student.id });

    const extended = await admin.billing.extendPackage.mutate({ packageId: pkg.id, expiresAt: new Date(clock.now().getTime() + 30 * DAY), reason: "paid late" });
    expect(extended).toMatchObject({ status: "ACTIVE", lessonsLeft: 10 });
    expect((await admin.admin.opsOverview.query({})).paidButUnusable).toBe(before.paidButUnusable);
    const trail = await admin.admin.auditLog.query({ entityType: "lesson_package", entityId: pkg.id });
    expect(trail.items[0]).toMatchObject({ action: "billing.package.extended", actorId: adminId, metadata: { reason: "paid late" } });
  });
});

async function aStudentPackageExpiringSoon() {
  const student = await aPerson(database.db, "STUDENT");
  return aPackage(database.db, student.id, { expiresAt: new Date(clock.now().getTime() + 3_600_000) });
}

describe("the desk's lists", () => {
  it("a double click sells once: the same key answers with the same sale", async () => {
    const student = await aPerson(database.db, "STUDENT");
    const input = { studentId: student.id, lessonsTotal: 5, expiresAt: new Date(clock.now().getTime() + 30 * DAY), price: EUR(9_900), idempotencyKey: randomUUID() };
    const [first, second] = await Promise.all([admin.billing.sellPackage.mutate(input), admin.billing.sellPackage.mutate(input)]);
    expect(second).toEqual(first);
    expect(first.payment).toMatchObject({ status: "SUCCEEDED", amount: EUR(9_900) });
    expect(await database.db.lessonPackage.count({ where: { studentId: student.id } })).toBe(1);
    const payments = await admin.billing.payments.query({ studentId: student.id });
    expect(payments.items).toEqual([expect.objectContaining({ id: first.payment.id, studentId: student.id, packageId: first.package.id })]);
  });

  it("bookings filter by student, teacher and status", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const student = await aPerson(database.db, "STUDENT");
    await sale(student.id, 10_000);
    const held = await aBookedLesson(student.session, teacher.id, false);
    const confirmed = await aBookedLesson(student.session, teacher.id);
    const all = await admin.admin.bookings.query({ studentId: student.id });
    expect(all.items.map((booking) => booking.id)).toEqual([confirmed.id, held.id]);
    expect(all.items[0]).toMatchObject({ studentName: student.name, teacherId: teacher.id, teacherName: teacher.name });
    const onlyHolds = await admin.admin.bookings.query({ teacherId: teacher.id, status: "HOLD" });
    expect(onlyHolds.items.map((booking) => booking.id)).toEqual([held.id]);
  });

  it("the audit trail filters and goes newest first, a page at a time, without gaps or repeats", async () => {
    const all = await database.db.auditLog.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.admin.auditLog.query({ cursor, limit: 7 });
      seen.push(...page.items.map((entry) => entry.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.map((entry) => entry.id));
    const refunds = await admin.admin.auditLog.query({ action: "billing.payment.refunded" });
    expect(refunds.items).toHaveLength(1);
    expect(refunds.items[0]).toMatchObject({ actorId: adminId, entityType: "payment" });
    const none = await admin.admin.auditLog.query({ from: new Date(Date.now() + DAY) });
    expect(none.items).toEqual([]);
  });
});

describe("business metrics", () => {
  it("report booking transitions, bookings and payments by status with their amounts, as the database has them", async () => {
    const registry = new Registry();
    registerBusinessMetrics(registry, () => businessSnapshot(database.db));
    const text = await registry.metrics();
    const refunded = await database.db.payment.aggregate({ where: { status: "REFUNDED" }, _sum: { amountMinor: true }, _count: true });
    expect(text).toContain(`guitaronline_payments_amount_minor{status="REFUNDED",currency="EUR"} ${refunded._sum.amountMinor}`);
    expect(text).toContain(`guitaronline_payments{status="REFUNDED",currency="EUR"} ${refunded._count}`);
    const confirmations = await database.db.auditLog.count({ where: { action: "booking.confirmed" } });
    expect(text).toContain(`guitaronline_booking_transitions{action="booking.confirmed"} ${confirmations}`);
    expect(text).toMatch(/guitaronline_bookings\{status="CONFIRMED"\} \d+/);
  });
});
