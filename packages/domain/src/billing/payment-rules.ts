import type { PaymentStatus } from "@guitaronline/db";
import type { OutboxEventType } from "../events/catalog.ts";
import { changeOf, type Change, type Transitions } from "../state-machine.ts";

/** PENDING → SUCCEEDED | FAILED; FAILED → PENDING | SUCCEEDED (reconciliation); SUCCEEDED → REFUNDED. */
const PAYMENT_TRANSITIONS: Transitions<PaymentStatus> = {
  PENDING: ["SUCCEEDED", "FAILED"],
  FAILED: ["PENDING", "SUCCEEDED"],
  SUCCEEDED: ["REFUNDED"],
  REFUNDED: [],
};

/** What moving a payment from one status to another is: the same status is a no-op. */
export function paymentChange(from: PaymentStatus, to: PaymentStatus): Change {
  return changeOf(PAYMENT_TRANSITIONS, from, to);
}

/** `paidAt` is set by the first success and kept from then on, refund included. */
export function paidAtAfter(current: Date | null, to: PaymentStatus, now: Date): Date | null {
  return current ?? (to === "SUCCEEDED" ? now : null);
}

/**
 * Whether reaching `to` needs a package that can still be paid for (ACTIVE, unexpired). A retry
 * (back to PENDING) asks for money again, so it does; a success the provider reports has already
 * moved the money and is always recorded, even on a lapsed package (it then shows on the ops
 * overview as paid but unusable until an admin refunds or extends it).
 */
export function needsPayablePackage(to: PaymentStatus): boolean {
  return to === "PENDING";
}

/** The audit action and event of a payment reaching each status. */
export const PAYMENT_EVENTS = {
  PENDING: "billing.payment.pending",
  SUCCEEDED: "billing.payment.succeeded",
  FAILED: "billing.payment.failed",
  REFUNDED: "billing.payment.refunded",
} as const satisfies Record<PaymentStatus, OutboxEventType>;
