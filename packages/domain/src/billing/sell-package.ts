import { isUniqueViolation, type PaymentStatus } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { IdempotencyConflict, InvalidTransition } from "../errors.ts";
import type { Principal } from "../identity/principal.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { addPackage, packageView, type Money } from "./packages.ts";
import { addPayment, movePayment, paymentView } from "./payments.ts";

export interface SellPackageInput {
  studentId: string;
  lessonsTotal: number;
  expiresAt: Date;
  price: Money;
  /** SUCCEEDED when the money is already in (the usual desk sale), PENDING when it is on its way. */
  paymentStatus: Extract<PaymentStatus, "PENDING" | "SUCCEEDED">;
  idempotencyKey: string;
}

/**
 * The desk's sale: a package and its payment for the price, in one transaction. The same
 * idempotency key answers with the sale it already made, so a double click sells once; the key
 * with another student or price is a CONFLICT.
 */
export async function sellPackage(deps: DomainDeps, admin: Principal, input: SellPackageInput) {
  const now = deps.clock.now();
  if (input.expiresAt <= now) throw new InvalidTransition("A package must expire in the future.");
  const earlierSale = async () => {
    const payment = await deps.db.payment.findUnique({ where: { idempotencyKey: input.idempotencyKey }, include: { package: true } });
    if (!payment) return null;
    const sameSale =
      payment.package.studentId === input.studentId &&
      payment.amountMinor === input.price.amountMinor &&
      payment.currency === input.price.currency &&
      payment.package.lessonsTotal === input.lessonsTotal;
    if (!sameSale) throw new IdempotencyConflict();
    return { package: packageView(payment.package), payment: paymentView(payment) };
  };
  const earlier = await earlierSale();
  if (earlier) return earlier;
  try {
    return await inOneTransaction(deps, async (tx) => {
      const pkg = await addPackage(tx, admin, input);
      const payment = await addPayment(tx, admin, pkg, { amount: input.price, idempotencyKey: input.idempotencyKey });
      const settled = input.paymentStatus === "PENDING" ? paymentView(payment) : await movePayment(tx, admin, payment, input.paymentStatus, now);
      return { package: packageView(pkg), payment: settled };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent request with the same key won: answer with its sale.
    const winner = await earlierSale();
    if (!winner) throw error;
    return winner;
  }
}
