import { describe, expect, it } from "vitest";
import { dayIn, noonOf, weekAhead } from "./calendar-week";

describe("weekAhead", () => {
  it("starts at midnight of the day it is in the zone, whatever the instant's UTC day", () => {
    // Sunday 23:30 UTC is already Monday 02:30 in Moscow: Moscow's week starts that Monday.
    const sundayNightUtc = new Date("2026-12-06T23:30:00Z");
    expect(weekAhead(sundayNightUtc, "UTC").days[0]).toBe("2026-12-06");
    const moscow = weekAhead(sundayNightUtc, "Europe/Moscow");
    expect(moscow.days).toEqual(["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13"]);
    expect(moscow.from.toISOString()).toBe("2026-12-06T21:00:00.000Z");
    expect(moscow.to.toISOString()).toBe("2026-12-13T21:00:00.000Z");
  });

  it("pages by seven wall-clock days across a daylight-saving change", () => {
    const week = weekAhead(new Date("2026-03-25T12:00:00Z"), "Europe/Berlin", 1);
    expect(week.days[0]).toBe("2026-04-01");
    // The clocks went forward on March 29: midnight is now 22:00 UTC, not 23:00.
    expect(week.from.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    const before = weekAhead(new Date("2026-03-25T12:00:00Z"), "Europe/Berlin");
    expect(before.from.toISOString()).toBe("2026-03-24T23:00:00.000Z");
    expect(before.to).toEqual(week.from);
  });
});

describe("dayIn and noonOf", () => {
  it("name the day an instant falls on in a zone, and back", () => {
    expect(dayIn(new Date("2026-12-06T22:30:00Z"), "Europe/Moscow")).toBe("2026-12-07");
    expect(dayIn(new Date("2026-12-06T22:30:00Z"), "America/New_York")).toBe("2026-12-06");
    expect(noonOf("2026-12-07", "Europe/Moscow").toISOString()).toBe("2026-12-07T09:00:00.000Z");
  });
});
