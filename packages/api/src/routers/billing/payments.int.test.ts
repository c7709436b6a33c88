import { randomUUID } from "node:crypto";
import type { PaymentStatus } from "@guitaronline/db";
import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aPackage, aPerson } from "../../testing/factories.ts";
import { clientFor, failureOf, testClock, testDeps } from "../../testing/harness.ts";
import type { ApiDeps } from "../../api-deps.ts";

const DAY = 86_400_000;
const EUR = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
let database: TestDatabase;
let deps: ApiDeps;
let admin: ReturnType<typeof clientFor>;
const clock = testClock();

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database.db, database.url, undefined, clock);
  admin = clientFor(deps, (await aPerson(database.db, "ADMIN")).session);
});
afterAll(() => database.drop());

async function aPayment(status: PaymentStatus = "PENDING") {
  const student = await aPerson(database.db, "STUDENT");
  const pkg = await aPackage(database.db, student.id);
  const payment = await admin.billing.createPayment.mutate({ packageId: pkg.id, amount: EUR(25_000), idempotencyKey: randomUUID() });
  const paths: Record<PaymentStatus, PaymentStatus[]> = {
    PENDING: [],
    SUCCEEDED: ["SUCCEEDED"],
    FAILED: ["FAILED"],
    REFUNDED: ["SUCCEEDED", "REFUNDED"],
  };
  for (const step of paths[status]) await admin.billing.updatePaymentStatus.mutate({ paymentId: payment.id, status: step });
  return { ...payment, pkg };
}

describe("payments", () => {
  it("the same idempotency key returns the same payment; another amount with it is a CONFLICT", async () => {
    const student = await aPerson(database.db, "STUDENT");
    const pkg = await aPackage(database.db, student.id);
    const request = { packageId: pkg.id, amount: EUR(25_000), idempotencyKey: randomUUID() };
    const first = await admin.billing.createPayment.mutate(request);
    expect(first).toMatchObject({ status: "PENDING", amount: EUR(25_000), paidAt: null });
    await expect(admin.billing.createPayment.mutate(request)).resolves.toEqual(first);
    await expect(failureOf(admin.billing.createPayment.mutate({ ...request, amount: EUR(1) }))).resolves.toMatchObject({
      code: "CONFLICT",
      appCode: "idempotency_conflict",
    });
    await expect(database.db.payment.count({ where: { packageId: pkg.id } })).resolves.toBe(1);
  });

  it("concurrent requests with one key make one payment", async () => {
    const student = await aPerson(database.db, "STUDENT");
    const pkg = await aPackage(database.db, student.id);
    const request = { packageId: pkg.id, amount: EUR(500), idempotencyKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: 8 }, () => admin.billing.createPayment.mutate(request)));
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
  });

  const statuses: PaymentStatus[] = ["PENDING", "SUCCEEDED", "FAILED", "REFUNDED"];
  const allowed = new Set(["PENDING>SUCCEEDED", "PENDING>FAILED", "FAILED>PENDING", "FAILED>SUCCEEDED", "SUCCEEDED>REFUNDED"]);
  for (const from of statuses) {
    for (const to of statuses) {
      const outcome = from === to ? "no-op" : allowed.has(`${from}>${to}`) ? "allowed" : "refused";
      it(`${from} → ${to}: ${outcome}`, async () => {
        const payment = await aPayment(from);
        const before = await database.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
        const call = admin.billing.updatePaymentStatus.mutate({ paymentId: payment.id, status: to });
        if (outcome === "refused") {
          await expect(failureOf(call)).resolves.toMatchObject({ code: "CONFLICT", appCode: "invalid_transition" });
          await expect(database.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).resolves.toEqual(before);
          return;
        }
        const after = await call;
        expect(after.status).toBe(to);
        if (outcome === "no-op") expect(after.paidAt).toEqual(before.paidAt);
        if (to === "SUCCEEDED" && outcome === "allowed") expect(after.paidAt).toEqual(clock.now());
        if (to === "REFUNDED") expect(after.paidAt).toEqual(before.paidAt);
      });
    }
  }

  it("paidAt is set by the first success and kept through the refund", async () => {
    const payment = await aPayment("PENDING");
    const paidAt = (await admin.billing.updatePaymentStatus.mutate({ paymentId: payment.id, status: "SUCCEEDED" })).paidAt;
    clock.advance(DAY);
    const refunded = await admin.billing.updatePaymentStatus.mutate({ paymentId: payment.id, status: "REFUNDED" });
    expect(refunded.paidAt).toEqual(paidAt);
    const actions = await database.db.auditLog.findMany({ where: { entityId: payment.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((row) => row.action)).toEqual(["billing.payment.created", "billing.payment.succeeded", "billing.payment.refunded"]);
  });

  it("an expired package cannot be paid for, reads back EXPIRED, and no payment is written", async () => {
    const student = await aPerson(database.db, "STUDENT");
    const pkg = await aPackage(database.db, student.id, { expiresAt: new Date(clock.now().getTime() + 1_000) });
    clock.advance(2_000);
    await expect(
      failureOf(admin.billing.createPayment.mutate({ packageId: pkg.id, amount: EUR(100), idempotencyKey: randomUUID() })),
    ).resolves.toMatchObject({ code: "PRECONDITION_FAILED", appCode: "package_expired" });
    await expect(database.db.payment.count({ where: { packageId: pkg.id } })).resolves.toBe(0);
    await expect(database.db.lessonPackage.findUniqueOrThrow({ where: { id: pkg.id } })).resolves.toMatchObject({ status: "EXPIRED" });
  });

  it("a depleted package is package_not_active", async () => {
    const student = await aPerson(database.db, "STUDENT");
    const pkg = await aPackage(database.db, student.id, { lessons: 1 });
    await database.db.lessonPackage.update({ where: { id: pkg.id }, data: { lessonsLeft: 0, status: "DEPLETED" } });
    await expect(
      failureOf(admin.billing.createPayment.mutate({ packageId: pkg.id, amount: EUR(100), idempotencyKey: randomUUID() })),
    ).resolves.toMatchObject({ appCode: "package_not_active" });
  });
});
