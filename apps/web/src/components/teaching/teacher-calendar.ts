import { DateTime } from "luxon";

/** One week of a teacher's calendar, Monday 00:00 to the next Monday 00:00 on their wall clock. */
export interface CalendarWeek {
  from: Date;
  to: Date;
  /** The seven days as "YYYY-MM-DD" in the teacher's zone. */
  days: string[];
}

/** The week `weeksAhead` weeks from the one `now` falls in, in `timeZone`. */
export function calendarWeek(now: Date, timeZone: string, weeksAhead = 0): CalendarWeek {
  const monday = DateTime.fromJSDate(now, { zone: timeZone }).startOf("week").plus({ weeks: weeksAhead });
  const days = Array.from({ length: 7 }, (_, index) => monday.plus({ days: index }).toISODate()!);
  return { from: monday.toJSDate(), to: monday.plus({ weeks: 1 }).toJSDate(), days };
}

/** The day ("YYYY-MM-DD") an instant falls on in `timeZone`. */
export function dayIn(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

/**
 * The instant a wall-clock date and time ("2026-12-07", "18:00") names in `timeZone`, or null when
 * either is not a real date or time. A time a DST jump skips moves forward, as the server does.
 */
export function wallClockInstant(date: string, time: string, timeZone: string): Date | null {
  const instant = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  return instant.isValid ? instant.toJSDate() : null;
}

/** The wall-clock date and time of an instant in `timeZone`, the inverse of `wallClockInstant`. */
export function wallClockOf(instant: Date, timeZone: string): { date: string; time: string } {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return { date: local.toISODate()!, time: local.toFormat("HH:mm") };
}
