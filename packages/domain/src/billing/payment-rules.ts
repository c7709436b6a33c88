import type { PaymentStatus } from "@guitaronline/db";

/** PENDING → SUCCEEDED | FAILED; FAILED → PENDING | SUCCEEDED (reconciliation); SUCCEEDED → REFUNDED. */
const NEXT: Record<PaymentStatus, readonly PaymentStatus[]> = {
  PENDING: ["SUCCEEDED", "FAILED"],
  FAILED: ["PENDING", "SUCCEEDED"],
  SUCCEEDED: ["REFUNDED"],
  REFUNDED: [],
};

export type PaymentChange = "no-op" | "allowed" | "refused";

/** What moving a payment from one status to another is: the same status is a no-op. */
export function paymentChange(from: PaymentStatus, to: PaymentStatus): PaymentChange {
  if (from === to) return "no-op";
  return NEXT[from].includes(to) ? "allowed" : "refused";
}

/** `paidAt` is set by the first success and kept from then on, refund included. */
export function paidAtAfter(current: Date | null, to: PaymentStatus, now: Date): Date | null {
  return current ?? (to === "SUCCEEDED" ? now : null);
}
