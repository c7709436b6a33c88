import { describe, expect, it } from "vitest";
import { needsPayablePackage, paidAtAfter, paymentChange } from "./payment-rules.ts";

const statuses = ["PENDING", "SUCCEEDED", "FAILED", "REFUNDED"] as const;
const allowed = new Set(["PENDING>SUCCEEDED", "PENDING>FAILED", "FAILED>PENDING", "FAILED>SUCCEEDED", "SUCCEEDED>REFUNDED"]);

describe("the payment state machine", () => {
  for (const from of statuses) {
    for (const to of statuses) {
      const expected = from === to ? "no-op" : allowed.has(`${from}>${to}`) ? "allowed" : "refused";
      it(`${from} → ${to} is ${expected}`, () => {
        expect(paymentChange(from, to)).toBe(expected);
      });
    }
  }

  it("sets paidAt on the first success and keeps it through a refund", () => {
    const first = new Date("2026-12-01T10:00:00Z");
    const later = new Date("2026-12-05T10:00:00Z");
    expect(paidAtAfter(null, "FAILED", first)).toBeNull();
    expect(paidAtAfter(null, "SUCCEEDED", first)).toEqual(first);
    expect(paidAtAfter(first, "REFUNDED", later)).toEqual(first);
  });

  it("a provider-confirmed success never needs a payable package; a retry back to PENDING does", () => {
    expect(needsPayablePackage("SUCCEEDED")).toBe(false);
    expect(needsPayablePackage("REFUNDED")).toBe(false);
    expect(needsPayablePackage("FAILED")).toBe(false);
    expect(needsPayablePackage("PENDING")).toBe(true);
  });
});
