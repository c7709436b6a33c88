import { describe, expect, it } from "vitest";
import { holdExpiresAt, holdHasExpired, holdsAllowed, lessonReturnsOnCancel, slotStartsInFuture } from "./rules.ts";

const start = new Date("2026-12-10T18:00:00Z");
const HOUR = 3_600_000;
const before = (ms: number) => new Date(start.getTime() - ms);

describe("refund window (24 h)", () => {
  it.each([
    ["24 h + 1 s before the start returns the lesson", before(24 * HOUR + 1_000), true],
    ["exactly 24 h before the start does not", before(24 * HOUR), false],
    ["24 h - 1 s before the start does not", before(24 * HOUR - 1_000), false],
    ["a week before returns it", before(7 * 24 * HOUR), true],
    ["after the start does not", new Date(start.getTime() + HOUR), false],
  ])("a student's cancel %s", (_, now, returned) => {
    expect(lessonReturnsOnCancel({ startsAt: start, now, refundWindowHours: 24, canceledBy: "STUDENT" })).toBe(returned);
  });

  it.each(["TEACHER", "ADMIN"] as const)("a cancel by the %s always returns the lesson", (canceledBy) => {
    expect(lessonReturnsOnCancel({ startsAt: start, now: before(60_000), refundWindowHours: 24, canceledBy })).toBe(true);
  });

  it("a window of 0 h returns the lesson any time before the start", () => {
    expect(lessonReturnsOnCancel({ startsAt: start, now: before(1_000), refundWindowHours: 0, canceledBy: "STUDENT" })).toBe(true);
  });
});

describe("holds", () => {
  const now = new Date("2026-12-01T10:00:00Z");

  it("expire the configured minutes after they are made", () => {
    expect(holdExpiresAt(now, 10)).toEqual(new Date("2026-12-01T10:10:00Z"));
  });

  it.each([
    [-1_000, false],
    [0, true],
    [1_000, true],
  ])("at %i ms from the expiry instant, expired is %s", (offset, expired) => {
    const expiry = holdExpiresAt(now, 10);
    expect(holdHasExpired(expiry, new Date(expiry.getTime() + offset))).toBe(expired);
  });
});

describe("slots", () => {
  it.each([
    [-1, false],
    [0, false],
    [1, true],
  ])("a slot starting %i ms from now is in the future: %s", (offset, future) => {
    const now = new Date("2026-12-01T10:00:00Z");
    expect(slotStartsInFuture(new Date(now.getTime() + offset), now)).toBe(future);
  });
});

describe("how many slots a student may hold at once", () => {
  it.each([
    [3, 10, 3, "the school's cap when lessons are plenty"],
    [3, 2, 2, "the lessons left when fewer than the cap"],
    [3, 3, 3, "the cap when lessons left equal it"],
    [3, 0, 0, "none without lessons"],
    [1, 5, 1, "a cap of one"],
  ])("cap %i with %i lessons left allows %i: %s", (maxActiveHolds, lessonsLeft, allowed) => {
    expect(holdsAllowed({ maxActiveHolds, lessonsLeft })).toBe(allowed);
  });
});
