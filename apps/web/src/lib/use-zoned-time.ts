"use client";

import { useFormatter, useLocale } from "next-intl";
import { trpc } from "@/trpc/react";
import { noonOf } from "./calendar-week";

const CLOCK = { hour: "numeric", minute: "2-digit" } as const;

/** Times on one zone's wall clock in the user's language, each carrying its zone ("18:00 GMT+1"). */
function zonedFormat(format: ReturnType<typeof useFormatter>, locale: string, timeZone: string) {
  const zoned = { timeZone, timeZoneName: "short" } as const;
  return {
    timeZone,
    /** "Mon, Dec 7, 18:00 – 19:00 GMT+1" */
    range: (startsAt: Date, endsAt: Date) =>
      format.dateTimeRange(startsAt, endsAt, { weekday: "short", day: "numeric", month: "short", ...CLOCK, ...zoned }),
    /** "18:00 – 19:00 GMT+1" */
    timeRange: (startsAt: Date, endsAt: Date) => format.dateTimeRange(startsAt, endsAt, { ...CLOCK, ...zoned }),
    /** "Dec 7, 2026, 18:00 GMT+1" */
    dateTime: (instant: Date) => format.dateTime(instant, { year: "numeric", month: "short", day: "numeric", ...CLOCK, ...zoned }),
    /** "18:10 GMT+1" */
    time: (instant: Date) => format.dateTime(instant, { ...CLOCK, ...zoned }),
    /** "Dec 7, 2026": a date without a time needs no zone. */
    date: (instant: Date) => format.dateTime(instant, { dateStyle: "medium", timeZone }),
    /** A calendar day ("2026-12-07") as "Mon, Dec 7". */
    day: (isoDate: string) => format.dateTime(noonOf(isoDate, timeZone), { weekday: "short", day: "numeric", month: "short", timeZone }),
    /** A calendar day ("2026-12-07") as "Monday, 7 December", for a day's heading. */
    longDay: (isoDate: string) => format.dateTime(noonOf(isoDate, timeZone), { weekday: "long", day: "numeric", month: "long", timeZone }),
    /** Two calendar days as one range: "Dec 7 – 13, 2026". */
    dayRange: (first: string, last: string) =>
      format.dateTimeRange(noonOf(first, timeZone), noonOf(last, timeZone), { day: "numeric", month: "short", year: "numeric", timeZone }),
    /** The zone's short name at that instant ("GMT+1"). */
    zone: (instant: Date) =>
      new Intl.DateTimeFormat(locale, zoned).formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? timeZone,
  };
}

export type ZonedFormat = ReturnType<typeof zonedFormat>;

/**
 * Times on the signed-in user's own clock (the time zone of their profile, never the browser's),
 * in their language; undefined until their account has loaded.
 */
export function useZonedTime(): ZonedFormat | undefined {
  const format = useFormatter();
  const locale = useLocale();
  const me = trpc.identity.me.useQuery();
  return me.data ? zonedFormat(format, locale, me.data.timezone) : undefined;
}
