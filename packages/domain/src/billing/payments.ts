import { inTransaction, isUniqueViolation, type Db, type PaymentStatus } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import type { Clock } from "../clock.ts";
import { IdempotencyConflict, InvalidTransition, NotFound, PackageExpired, PackageNotActive } from "../errors.ts";
import type { Principal } from "../identity/principal.ts";
import { emit } from "../outbox.ts";
import { expireOverduePackages } from "./expire-packages.ts";
import { isOverdue } from "./package-rules.ts";
import type { Money } from "./packages.ts";
import { paidAtAfter, paymentChange } from "./payment-rules.ts";

const paymentView = (payment: { id: string; packageId: string; status: PaymentStatus; amountMinor: number; currency: string; paidAt: Date | null; createdAt: Date }) => ({
  id: payment.id,
  packageId: payment.packageId,
  status: payment.status,
  amount: { amountMinor: payment.amountMinor, currency: payment.currency },
  paidAt: payment.paidAt,
  createdAt: payment.createdAt,
});

/** Only an ACTIVE package that has not expired can be paid for; an overdue one is persisted EXPIRED first. */
async function payablePackage(db: Db, clock: Clock, packageId: string) {
  const pkg = await db.lessonPackage.findUnique({ where: { id: packageId } });
  if (!pkg) throw new NotFound("The package");
  if (isOverdue(pkg, clock.now())) {
    await expireOverduePackages(db, clock, { studentId: pkg.studentId });
    throw new PackageExpired();
  }
  if (pkg.status === "EXPIRED") throw new PackageExpired();
  if (pkg.status !== "ACTIVE") throw new PackageNotActive();
  return pkg;
}

/**
 * Records a PENDING payment. The same idempotency key returns the same payment; the key with a
 * different package or amount is a CONFLICT.
 */
export async function createPayment(
  db: Db,
  clock: Clock,
  admin: Principal,
  input: { packageId: string; amount: Money; idempotencyKey: string },
) {
  const sameRequest = (payment: { packageId: string; amountMinor: number; currency: string }) =>
    payment.packageId === input.packageId && payment.amountMinor === input.amount.amountMinor && payment.currency === input.amount.currency;
  const earlier = () => db.payment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  const answerWith = (payment: NonNullable<Awaited<ReturnType<typeof earlier>>>) => {
    if (!sameRequest(payment)) throw new IdempotencyConflict();
    return paymentView(payment);
  };
  const existing = await earlier();
  if (existing) return answerWith(existing);
  await payablePackage(db, clock, input.packageId);
  try {
    return await inTransaction(db, async (tx) => {
      const payment = await tx.payment.create({
        data: {
          packageId: input.packageId,
          amountMinor: input.amount.amountMinor,
          currency: input.amount.currency,
          idempotencyKey: input.idempotencyKey,
        },
      });
      await writeAudit(tx, {
        actorId: admin.id,
        action: "billing.payment.created",
        entityType: "payment",
        entityId: payment.id,
        metadata: { packageId: payment.packageId, amountMinor: payment.amountMinor, currency: payment.currency },
      });
      await emit(tx, {
        type: "billing.payment.created",
        aggregateType: "payment",
        aggregateId: payment.id,
        payload: { paymentId: payment.id, packageId: payment.packageId, amountMinor: payment.amountMinor, currency: payment.currency },
      });
      return paymentView(payment);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return answerWith((await earlier())!);
  }
}

/** Moves a payment along its state machine; the same status again changes nothing. */
export async function updatePaymentStatus(db: Db, clock: Clock, admin: Principal, { paymentId, status }: { paymentId: string; status: PaymentStatus }) {
  const current = await db.payment.findUnique({ where: { id: paymentId } });
  if (!current) throw new NotFound("The payment");
  if (status === "SUCCEEDED" && paymentChange(current.status, status) === "allowed") await payablePackage(db, clock, current.packageId);
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    await tx.$queryRaw`SELECT id FROM payments WHERE id = ${paymentId}::uuid FOR UPDATE`;
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
    const change = paymentChange(payment.status, status);
    if (change === "no-op") return paymentView(payment);
    if (change === "refused") throw new InvalidTransition(`A ${payment.status.toLowerCase()} payment cannot become ${status.toLowerCase()}.`);
    const updated = await tx.payment.update({ where: { id: paymentId }, data: { status, paidAt: paidAtAfter(payment.paidAt, status, now) } });
    await writeAudit(tx, {
      actorId: admin.id,
      action: `billing.payment.${status.toLowerCase()}`,
      entityType: "payment",
      entityId: paymentId,
      metadata: { from: payment.status, to: status },
    });
    await emit(tx, {
      type: `billing.payment.${status.toLowerCase()}` as "billing.payment.succeeded",
      aggregateType: "payment",
      aggregateId: paymentId,
      payload: { paymentId, packageId: payment.packageId, from: payment.status, to: status },
    });
    return paymentView(updated);
  });
}
