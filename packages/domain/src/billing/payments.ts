import { isUniqueViolation, type PaymentStatus, type Prisma, type Tx } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { IdempotencyConflict, InvalidTransition, NotFound, PackageExpired, PackageNotActive } from "../errors.ts";
import { record } from "../events/record.ts";
import { SYSTEM } from "../identity/actor.ts";
import type { Principal } from "../identity/principal.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { expireOverdue } from "./expire-packages.ts";
import { isOverdue } from "./package-rules.ts";
import type { Money } from "./packages.ts";
import { needsPayablePackage, PAYMENT_EVENTS, paidAtAfter, paymentChange } from "./payment-rules.ts";

export const paymentView = (payment: { id: string; packageId: string; status: PaymentStatus; amountMinor: number; currency: string; paidAt: Date | null; createdAt: Date }) => ({
  id: payment.id,
  packageId: payment.packageId,
  status: payment.status,
  amount: { amountMinor: payment.amountMinor, currency: payment.currency },
  paidAt: payment.paidAt,
  createdAt: payment.createdAt,
});

/**
 * Locks the package and checks it can be paid for: ACTIVE and not expired. An overdue one is
 * marked EXPIRED on the way, and that stays when the use-case refuses (see `keepWritesOn`).
 */
async function lockPayablePackage(tx: Tx, packageId: string, now: Date) {
  await tx.$queryRaw`SELECT id FROM lesson_packages WHERE id = ${packageId}::uuid FOR UPDATE`;
  const pkg = await tx.lessonPackage.findUnique({ where: { id: packageId } });
  if (!pkg) throw new NotFound("The package");
  if (isOverdue(pkg, now)) {
    await expireOverdue(tx, SYSTEM, now, { studentId: pkg.studentId });
    throw new PackageExpired();
  }
  if (pkg.status === "EXPIRED") throw new PackageExpired();
  if (pkg.status !== "ACTIVE") throw new PackageNotActive();
  return pkg;
}

/** A PENDING payment for a package, audited and told to the student, in the caller's transaction. */
export async function addPayment<Pkg extends { id: string; studentId: string }>(
  tx: Tx,
  admin: Principal,
  pkg: Pkg,
  input: { amount: Money; idempotencyKey: string },
) {
  const payment = await tx.payment.create({
    data: { packageId: pkg.id, amountMinor: input.amount.amountMinor, currency: input.amount.currency, idempotencyKey: input.idempotencyKey },
  });
  const { amountMinor, currency } = payment;
  await record(tx, {
    actor: admin,
    entity: { type: "payment", id: payment.id },
    audit: "billing.payment.created",
    metadata: { packageId: pkg.id, amountMinor, currency },
    events: [
      { type: "billing.payment.created", payload: { paymentId: payment.id, packageId: pkg.id, studentId: pkg.studentId, amountMinor, currency } },
    ],
  });
  return { ...payment, package: pkg };
}

/**
 * Records a PENDING payment. The same idempotency key returns the same payment; the key with a
 * different package or amount is a CONFLICT.
 */
export async function createPayment(deps: DomainDeps, admin: Principal, input: { packageId: string; amount: Money; idempotencyKey: string }) {
  const answerWith = (payment: Parameters<typeof paymentView>[0]) => {
    const sameRequest =
      payment.packageId === input.packageId && payment.amountMinor === input.amount.amountMinor && payment.currency === input.amount.currency;
    if (!sameRequest) throw new IdempotencyConflict();
    return paymentView(payment);
  };
  const now = deps.clock.now();
  try {
    return await inOneTransaction(
      deps,
      async (tx) => {
        const earlier = await tx.payment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
        if (earlier) return answerWith(earlier);
        const pkg = await lockPayablePackage(tx, input.packageId, now);
        return paymentView(await addPayment(tx, admin, pkg, input));
      },
      { keepWritesOn: [PackageExpired] },
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent request with the same key won: answer with its payment.
    return answerWith(await deps.db.payment.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } }));
  }
}

type PaymentWithPackage = Prisma.PaymentGetPayload<object> & { package: { studentId: string } };

/**
 * Moves a locked payment to `status` in the caller's transaction: the state machine answers,
 * a retry needs a payable package, and the change is audited and told to the student.
 */
export async function movePayment(tx: Tx, admin: Principal, payment: PaymentWithPackage, status: PaymentStatus, now: Date) {
  const change = paymentChange(payment.status, status);
  if (change === "no-op") return paymentView(payment);
  if (change === "refused") throw new InvalidTransition(`A ${payment.status.toLowerCase()} payment cannot become ${status.toLowerCase()}.`);
  if (needsPayablePackage(status)) await lockPayablePackage(tx, payment.packageId, now);
  const updated = await tx.payment.update({ where: { id: payment.id }, data: { status, paidAt: paidAtAfter(payment.paidAt, status, now) } });
  const event = PAYMENT_EVENTS[status];
  const { id: paymentId, packageId, amountMinor, currency } = payment;
  await record(tx, {
    actor: admin,
    entity: { type: "payment", id: paymentId },
    audit: event,
    metadata: { from: payment.status, to: status },
    events: [
      {
        type: event,
        payload: { paymentId, packageId, studentId: payment.package.studentId, from: payment.status, to: status, amountMinor, currency },
      },
    ],
  });
  return paymentView(updated);
}

/**
 * Moves a payment along its state machine; the same status again changes nothing. A retry needs
 * a payable package, checked under the payment's and the package's locks; a success the
 * provider reports is recorded whatever became of the package.
 */
export async function updatePaymentStatus(deps: DomainDeps, admin: Principal, { paymentId, status }: { paymentId: string; status: PaymentStatus }) {
  const now = deps.clock.now();
  return inOneTransaction(
    deps,
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM payments WHERE id = ${paymentId}::uuid FOR UPDATE`;
      const payment = await tx.payment.findUnique({ where: { id: paymentId }, include: { package: true } });
      if (!payment) throw new NotFound("The payment");
      return movePayment(tx, admin, payment, status, now);
    },
    { keepWritesOn: [PackageExpired] },
  );
}
