import { DateTime } from "luxon";

/** Seven days, from a midnight to the midnight a week later on a zone's wall clock. */
export interface CalendarWeek {
  from: Date;
  to: Date;
  /** The seven days as "YYYY-MM-DD" in that zone. */
  days: string[];
}

/**
 * The week `weeksAhead` weeks from the one `now` falls in, on `timeZone`'s wall clock. A teacher's
 * calendar week starts on Monday; a student's starts today, so it never opens on days gone.
 */
export function calendarWeek(now: Date, timeZone: string, { weeksAhead = 0, startsOn = "monday" }: { weeksAhead?: number; startsOn?: "monday" | "today" } = {}): CalendarWeek {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf("day");
  const first = (startsOn === "monday" ? today.startOf("week") : today).plus({ weeks: weeksAhead });
  const days = Array.from({ length: 7 }, (_, index) => first.plus({ days: index }).toISODate()!);
  return { from: first.toJSDate(), to: first.plus({ weeks: 1 }).toJSDate(), days };
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

/** Noon of a calendar day in `timeZone`: an instant that names that day in any format, far from a DST change. */
export function noonOf(day: string, timeZone: string): Date {
  return DateTime.fromISO(`${day}T12:00`, { zone: timeZone }).toJSDate();
}
