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

describe("weekly availability across the spring change", () => {
  // Europe/Berlin enters summer time on Sunday 29 March 2026: at 02:00 the clocks jump to 03:00,
  // so 02:30 does not exist that night.
  const nights = {
    weekdays: [6, 7, 1],
    from: "02:30",
    to: "04:30",
    durationMinutes: 60,
    startDate: "2026-03-28",
    weeks: 1,
    timeZone: "Europe/Berlin",
  };
  const slots = weeklySlotTimes(nights);
  const on = (day: string) => slots.filter((slot) => slot.startsAt.toISOString().startsWith(day));
  const berlin = (date: Date) => DateTime.fromJSDate(date, { zone: "Europe/Berlin" }).toFormat("HH:mm");
  const utc = (date: Date) => date.toISOString().slice(11, 16);

  it("on the days around it, 02:30–04:30 Berlin holds two slots, 1 h behind UTC before and 2 h after", () => {
    expect(on("2026-03-28").map((slot) => [berlin(slot.startsAt), utc(slot.startsAt)])).toEqual([
      ["02:30", "01:30"],
      ["03:30", "02:30"],
    ]);
    expect(on("2026-03-30").map((slot) => [berlin(slot.startsAt), utc(slot.startsAt)])).toEqual([
      ["02:30", "00:30"],
      ["03:30", "01:30"],
    ]);
  });

  it("a start the jump skips moves to the hour after it, and only a slot that still fits by 04:30 is made", () => {
    expect(on("2026-03-29").map((slot) => [berlin(slot.startsAt), berlin(slot.endsAt), utc(slot.startsAt)])).toEqual([
      ["03:30", "04:30", "01:30"],
    ]);
  });

  it("every slot lasts its full hour, and none overlaps another", () => {
    expect(slots).toHaveLength(5);
    for (const slot of slots) expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(60 * 60_000);
    for (const [index, slot] of slots.entries()) {
      if (index > 0) expect(slot.startsAt.getTime()).toBeGreaterThanOrEqual(slots[index - 1]!.endsAt.getTime());
    }
  });
});
