import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { weeklySlotTimes } from "./weekly-pattern.ts";

describe("weekly availability", () => {
  // Europe/Berlin leaves summer time on Sunday 25 October 2026.
  const pattern = {
    weekdays: [1, 4],
    from: "18:00",
    to: "20:00",
    durationMinutes: 60,
    startDate: "2026-10-12",
    weeks: 6,
    timeZone: "Europe/Berlin",
  };

  it("makes the slots of Mondays and Thursdays 18:00–20:00 for 6 weeks", () => {
    const slots = weeklySlotTimes(pattern);
    expect(slots).toHaveLength(6 * 2 * 2);
    const weekdays = new Set(slots.map((slot) => DateTime.fromJSDate(slot.startsAt, { zone: "Europe/Berlin" }).weekday));
    expect([...weekdays].sort()).toEqual([1, 4]);
  });

  it("keeps 18:00 Berlin time on both sides of the DST change", () => {
    const slots = weeklySlotTimes(pattern);
    const berlin = slots.map((slot) => DateTime.fromJSDate(slot.startsAt, { zone: "Europe/Berlin" }).toFormat("HH:mm"));
    expect(new Set(berlin)).toEqual(new Set(["18:00", "19:00"]));
    // Before the change 18:00 Berlin is 16:00 UTC; after it, 17:00 UTC.
    expect(slots.find((slot) => slot.startsAt.toISOString().startsWith("2026-10-12"))!.startsAt.toISOString()).toBe(
      "2026-10-12T16:00:00.000Z",
    );
    expect(slots.find((slot) => slot.startsAt.toISOString().startsWith("2026-10-26"))!.startsAt.toISOString()).toBe(
      "2026-10-26T17:00:00.000Z",
    );
  });

  it("fits whole slots only", () => {
    expect(weeklySlotTimes({ ...pattern, durationMinutes: 45, weeks: 1, weekdays: [1] })).toHaveLength(2);
  });

  it("refuses an unknown time zone", () => {
    expect(() => weeklySlotTimes({ ...pattern, timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});
