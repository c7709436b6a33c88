import { DateTime } from "luxon";

/** Seven days, from a midnight to the midnight a week later on a zone's wall clock. */
export interface CalendarWeek {
  from: Date;
  to: Date;
  /** The seven days as "YYYY-MM-DD" in that zone. */
  days: string[];
}

/**
 * The seven days starting `weeksAhead` weeks after the day `now` falls on in `timeZone`: a
 * student's week starts today, so the first one never opens on days already gone.
 */
export function weekAhead(now: Date, timeZone: string, weeksAhead = 0): CalendarWeek {
  const first = DateTime.fromJSDate(now, { zone: timeZone }).startOf("day").plus({ weeks: weeksAhead });
  const days = Array.from({ length: 7 }, (_, index) => first.plus({ days: index }).toISODate()!);
  return { from: first.toJSDate(), to: first.plus({ weeks: 1 }).toJSDate(), days };
}

/** The day ("YYYY-MM-DD") an instant falls on in `timeZone`. */
export function dayIn(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

/** Noon of a calendar day in `timeZone`: an instant that names that day in any format. */
export function noonOf(day: string, timeZone: string): Date {
  return DateTime.fromISO(`${day}T12:00`, { zone: timeZone }).toJSDate();
}
