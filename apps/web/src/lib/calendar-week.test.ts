import { describe, expect, it } from "vitest";
import { calendarWeek, dayIn, noonOf, wallClockInstant, wallClockOf } from "./calendar-week";

describe("a teacher's calendar week", () => {
  it("starts on Monday midnight in the teacher's zone, not in UTC", () => {
    // Sunday 23:30 UTC is already Monday 02:30 in Moscow: that Monday's week.
    const week = calendarWeek(new Date("2026-12-06T23:30:00Z"), "Europe/Moscow");
    expect(week.from.toISOString()).toBe("2026-12-06T21:00:00.000Z");
    expect(week.to.toISOString()).toBe("2026-12-13T21:00:00.000Z");
    expect(week.days).toEqual(["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13"]);
  });

  it("pages by whole weeks, and the week the clocks go forward is 167 hours long", () => {
    // Berlin moves to summer time on Sunday 28 March 2027.
    const now = new Date("2027-03-24T12:00:00Z");
    const week = calendarWeek(now, "Europe/Berlin");
    expect((week.to.getTime() - week.from.getTime()) / 3_600_000).toBe(167);
    expect(calendarWeek(now, "Europe/Berlin", { weeksAhead: 1 }).from).toEqual(week.to);
    expect(calendarWeek(now, "Europe/Berlin", { weeksAhead: -1 }).to).toEqual(week.from);
  });
});

describe("a student's week, starting today", () => {
  const today = { startsOn: "today" } as const;

  it("starts at midnight of the day it is in the zone, whatever the instant's UTC day", () => {
    // Sunday 23:30 UTC is already Monday 02:30 in Moscow: Moscow's week starts that Monday.
    const sundayNightUtc = new Date("2026-12-06T23:30:00Z");
    expect(calendarWeek(sundayNightUtc, "UTC", today).days[0]).toBe("2026-12-06");
    const moscow = calendarWeek(sundayNightUtc, "Europe/Moscow", today);
    expect(moscow.days).toEqual(["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13"]);
    expect(moscow.from.toISOString()).toBe("2026-12-06T21:00:00.000Z");
    expect(moscow.to.toISOString()).toBe("2026-12-13T21:00:00.000Z");
  });

  it("pages by seven wall-clock days across a daylight-saving change", () => {
    const week = calendarWeek(new Date("2026-03-25T12:00:00Z"), "Europe/Berlin", { ...today, weeksAhead: 1 });
    expect(week.days[0]).toBe("2026-04-01");
    // The clocks went forward on March 29: midnight is now 22:00 UTC, not 23:00.
    expect(week.from.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    const before = calendarWeek(new Date("2026-03-25T12:00:00Z"), "Europe/Berlin", today);
    expect(before.from.toISOString()).toBe("2026-03-24T23:00:00.000Z");
    expect(before.to).toEqual(week.from);
  });
});

describe("days and wall-clock times in a zone", () => {
  it("name the day an instant falls on in a zone, and back", () => {
    expect(dayIn(new Date("2026-12-06T22:30:00Z"), "Europe/Moscow")).toBe("2026-12-07");
    expect(dayIn(new Date("2026-12-06T22:30:00Z"), "America/New_York")).toBe("2026-12-06");
    expect(noonOf("2026-12-07", "Europe/Moscow").toISOString()).toBe("2026-12-07T09:00:00.000Z");
  });

  it("read 18:00 Berlin in winter as 17:00 UTC and in summer as 16:00 UTC", () => {
    expect(wallClockInstant("2026-12-07", "18:00", "Europe/Berlin")?.toISOString()).toBe("2026-12-07T17:00:00.000Z");
    expect(wallClockInstant("2027-06-07", "18:00", "Europe/Berlin")?.toISOString()).toBe("2027-06-07T16:00:00.000Z");
  });

  it("answer null for a date or a time that does not exist", () => {
    expect(wallClockInstant("2026-02-30", "18:00", "Europe/Berlin")).toBeNull();
    expect(wallClockInstant("2026-12-07", "", "Europe/Berlin")).toBeNull();
  });

  it("turn back into the same wall clock", () => {
    const instant = wallClockInstant("2026-12-07", "09:15", "Asia/Tokyo")!;
    expect(wallClockOf(instant, "Asia/Tokyo")).toEqual({ date: "2026-12-07", time: "09:15" });
  });
});
