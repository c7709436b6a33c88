import { describe, expect, it } from "vitest";
import { keyedRequest, requestHash } from "./idempotency.ts";

describe("the request an idempotency key stands for", () => {
  it("hashes the same request alike whatever its fields' order, nested ones included", () => {
    expect(requestHash({ a: 1, b: { c: 2, d: [3, 4] } })).toBe(requestHash({ b: { d: [3, 4], c: 2 }, a: 1 }));
  });

  it("tells apart another value, another list order and another instant", () => {
    const base = requestHash({ slotId: "s", startsAt: new Date("2026-12-05T10:00:00Z"), weekdays: [1, 4] });
    expect(requestHash({ slotId: "t", startsAt: new Date("2026-12-05T10:00:00Z"), weekdays: [1, 4] })).not.toBe(base);
    expect(requestHash({ slotId: "s", startsAt: new Date("2026-12-05T10:00:01Z"), weekdays: [1, 4] })).not.toBe(base);
    expect(requestHash({ slotId: "s", startsAt: new Date("2026-12-05T10:00:00Z"), weekdays: [4, 1] })).not.toBe(base);
  });

  it("a field left out and one sent as undefined are the same request", () => {
    expect(requestHash({ lessonId: "l", notes: undefined })).toBe(requestHash({ lessonId: "l" }));
  });

  it("leaves the key out of the request, and is nothing without a key", () => {
    const input = { idempotencyKey: "k", bookingId: "b" };
    expect(keyedRequest("booking.cancel", { id: "u" }, input)).toEqual({
      actorId: "u",
      operation: "booking.cancel",
      key: "k",
      request: { bookingId: "b" },
    });
    expect(keyedRequest("booking.cancel", { id: "u" }, {})).toBeUndefined();
  });
});
