import { DateTime } from "luxon";
import { slotStartsInFuture } from "../booking/rules.ts";

export interface WeeklyPattern {
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** Wall-clock times in the teacher's zone, "HH:mm". */
  from: string;
  to: string;
  durationMinutes: number;
  /** The first day of the first week, "YYYY-MM-DD", in the teacher's zone. */
  startDate: string;
  weeks: number;
  timeZone: string;
}

export interface SlotTime {
  startsAt: Date;
  endsAt: Date;
}

const wallClock = (day: DateTime, time: string) => {
  const [hour, minute] = time.split(":").map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
};

/**
 * The UTC instants of a weekly availability pattern. Times are wall-clock times in the
 * teacher's zone, so "18:00 Europe/Berlin" stays 18:00 on both sides of a DST change (and is a
 * different UTC hour). A wall-clock time a DST jump skips is moved forward, as Luxon does.
 */
export function weeklySlotTimes(pattern: WeeklyPattern): SlotTime[] {
  const first = DateTime.fromISO(pattern.startDate, { zone: pattern.timeZone }).startOf("day");
  if (!first.isValid) throw new RangeError(`Invalid start date or time zone: ${pattern.startDate} ${pattern.timeZone}`);
  const slots: SlotTime[] = [];
  for (let dayIndex = 0; dayIndex < pattern.weeks * 7; dayIndex++) {
    const day = first.plus({ days: dayIndex });
    if (!pattern.weekdays.includes(day.weekday)) continue;
    const windowEnd = wallClock(day, pattern.to);
    for (let start = wallClock(day, pattern.from); ; ) {
      const end = start.plus({ minutes: pattern.durationMinutes });
      if (end > windowEnd) break;
      slots.push({ startsAt: start.toJSDate(), endsAt: end.toJSDate() });
      start = end;
    }
  }
  return slots;
}

/** A weekly pattern as a caller asks for it: the zone defaults to the teacher's own. */
export type WeeklyPatternRequest = Omit<WeeklyPattern, "timeZone"> & { timeZone?: string; teacherId?: string };

/**
 * The slots publishing `request` for `teacher` at `now` makes: the pattern in the zone asked
 * for, else the teacher's, without the times already past. Preview and publish both use it.
 */
export function upcomingWeeklySlotTimes(request: WeeklyPatternRequest, teacher: { timezone: string }, now: Date): SlotTime[] {
  const timeZone = request.timeZone ?? teacher.timezone;
  return weeklySlotTimes({ ...request, timeZone }).filter((time) => slotStartsInFuture(time.startsAt, now));
}
