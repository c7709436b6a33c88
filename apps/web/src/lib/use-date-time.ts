"use client";

import { useFormatter } from "next-intl";

/** Dates in the user's language and the browser's own time zone. */
export function useDateTime() {
  const format = useFormatter();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    dateTime: (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone }),
    date: (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone }),
    time: (date: Date) => format.dateTime(date, { timeStyle: "short", timeZone }),
  };
}
