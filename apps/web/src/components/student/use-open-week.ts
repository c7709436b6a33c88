"use client";

import { useMemo } from "react";
import { calendarWeek, dayIn } from "@/lib/calendar-week";
import { trpc } from "@/trpc/react";
import { useSlotChanges } from "@/trpc/use-slot-changes";
import { useEveryPage } from "./use-every-page";

/**
 * The open slots of one week on the student's clock, every page of them, grouped by day; of one
 * teacher when `teacherId` is given. Live: a slot someone holds, frees, publishes or deletes
 * shows at once.
 */
export function useOpenWeek({ timeZone, weeksAhead, teacherId }: { timeZone: string; weeksAhead: number; teacherId?: string }) {
  // Weeks count from the day the page opened on.
  const week = useMemo(() => calendarWeek(new Date(), timeZone, { weeksAhead, startsOn: "today" }), [timeZone, weeksAhead]);
  const slots = trpc.scheduling.openSlots.useInfiniteQuery(
    { teacherId, from: week.from, to: week.to, limit: 100 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  useEveryPage(slots);
  const utils = trpc.useUtils();
  useSlotChanges(() => void utils.scheduling.openSlots.invalidate(), { teacherId });
  const byDay = useMemo(() => {
    const items = slots.data?.pages.flatMap((page) => page.items) ?? [];
    const days = new Map(week.days.map((day) => [day, [] as typeof items]));
    for (const slot of items) days.get(dayIn(slot.startsAt, timeZone))?.push(slot);
    return days;
  }, [slots.data, week, timeZone]);
  return { week, byDay, isPending: slots.isPending || slots.hasNextPage, error: slots.error, isEmpty: [...byDay.values()].every((day) => !day.length) };
}

export type OpenSlot = ReturnType<typeof useOpenWeek>["byDay"] extends Map<string, (infer Slot)[]> ? Slot : never;
