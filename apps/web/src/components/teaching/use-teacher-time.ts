"use client";

import { useFormatter } from "next-intl";
import { trpc } from "@/trpc/react";
import { wallClockInstant } from "./teacher-calendar";

const CLOCK = { hour: "numeric", minute: "2-digit" } as const;
const SHORT_DAY = { day: "numeric", month: "short", year: "numeric" } as const;

/** Times on the teacher's own wall clock, each carrying its zone ("18:00 GMT+1"). */
export function zonedFormat(format: ReturnType<typeof useFormatter>, timeZone: string) {
  const zoned = { timeZone, timeZoneName: "short" } as const;
  // A calendar day is named by its noon: no DST change is near it.
  const noonOf = (isoDate: string) => wallClockInstant(isoDate, "12:00", timeZone)!;
  return {
    timeZone,
    /** "Mon, 7 Dec, 18:00 – 19:00 GMT+1" */
    lessonTime: (startsAt: Date, endsAt: Date) =>
      format.dateTimeRange(startsAt, endsAt, { weekday: "short", day: "numeric", month: "short", ...CLOCK, ...zoned }),
    /** "18:00 – 19:00 GMT+1" */
    timeRange: (startsAt: Date, endsAt: Date) => format.dateTimeRange(startsAt, endsAt, { ...CLOCK, ...zoned }),
    /** "18:10 GMT+1" */
    time: (instant: Date) => format.dateTime(instant, { ...CLOCK, ...zoned }),
    /** A calendar day ("2026-12-07") as "Monday, 7 December". */
    day: (isoDate: string) => format.dateTime(noonOf(isoDate), { weekday: "long", day: "numeric", month: "long", timeZone }),
    /** Two calendar days as one range: "Dec 7 – 13, 2026". */
    dayRange: (first: string, last: string) => format.dateTimeRange(noonOf(first), noonOf(last), { ...SHORT_DAY, timeZone }),
  };
}

export type TeacherTime = ReturnType<typeof zonedFormat>;

/** The signed-in teacher's time zone and its formatters; undefined until their account has loaded. */
export function useTeacherTime(): TeacherTime | undefined {
  const format = useFormatter();
  const me = trpc.identity.me.useQuery();
  return me.data ? zonedFormat(format, me.data.timezone) : undefined;
}
