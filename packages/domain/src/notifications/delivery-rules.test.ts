import { describe, expect, it } from "vitest";
import { isDeadLetter, isEmailed, recipientsOf, retryDelayMs } from "./delivery-rules.ts";

describe("outbox retries", () => {
  it("back off exponentially, with jitter between half and one and a half times", () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, () => 0.5))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(retryDelayMs(3, () => 0)).toBe(4_000);
    expect(retryDelayMs(3, () => 0.999_999)).toBe(12_000);
  });

  it("never wait more than an hour and a half", () => {
    expect(retryDelayMs(40, () => 0.999_999)).toBeLessThanOrEqual(90 * 60_000);
  });

  it("dead-letter when the attempts reach the limit", () => {
    expect(isDeadLetter(4, 5)).toBe(false);
    expect(isDeadLetter(5, 5)).toBe(true);
  });
});

describe("recipients", () => {
  const lesson = { lessonId: "l", bookingId: "b" };

  it("are the student and the teacher of the event, once each", () => {
    expect(recipientsOf({ type: "lesson.canceled", payload: { ...lesson, studentId: "s", teacherId: "t" } })).toEqual(["s", "t"]);
    expect(recipientsOf({ type: "lesson.canceled", payload: { ...lesson, studentId: "s", teacherId: "s" } })).toEqual(["s"]);
  });

  it("of a payment change are the student who owns the package", () => {
    const payment = { paymentId: "p", packageId: "k", studentId: "s", amountMinor: 2_500, currency: "EUR" };
    expect(recipientsOf({ type: "billing.payment.succeeded", payload: { ...payment, from: "PENDING", to: "SUCCEEDED" } })).toEqual(["s"]);
    expect(recipientsOf({ type: "billing.payment.created", payload: payment })).toEqual(["s"]);
  });
});

describe("e-mail is about lessons", () => {
  const times = { startsAt: new Date("2026-12-10T18:00:00Z"), endsAt: new Date("2026-12-10T19:00:00Z") };
  const people = { bookingId: "b", studentId: "s", teacherId: "t" };
  const canceled = (wasConfirmed: boolean, rescheduled = false) =>
    ({ type: "booking.canceled", payload: { ...people, ...times, lessonReturned: false, canceledBy: "STUDENT", wasConfirmed, rescheduled } }) as const;
  const moved = (confirmed: boolean) => ({ type: "booking.rescheduled", payload: { ...people, ...times, rescheduledFromId: "a", confirmed } }) as const;

  it.each([
    ["a canceled lesson", canceled(true), true],
    ["a released hold", canceled(false), false],
    ["the old half of a moved lesson", canceled(true, true), false],
    ["a moved lesson", moved(true), true],
    ["a moved hold", moved(false), false],
    ["a confirmed booking", { type: "booking.confirmed", payload: { ...people, ...times, lessonId: "l" } } as const, true],
    ["a hold", { type: "booking.held", payload: { ...people, slotId: "x", holdExpiresAt: times.startsAt } } as const, false],
  ])("%s is e-mailed: %s", (_, event, emailed) => {
    expect(isEmailed(event)).toBe(emailed);
  });
});
