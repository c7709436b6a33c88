"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Loading } from "@/components/loading";
import { trpc } from "@/trpc/react";
import { useSlotChanges } from "@/trpc/use-slot-changes";
import { calendarWeek, wallClockInstant } from "@/lib/calendar-week";
import { useZonedTime } from "@/lib/use-zoned-time";
import { PublishSlot } from "./publish-slot";
import { WeeklyPattern } from "./weekly-pattern";
import { WeekSlots } from "./week-slots";

/**
 * The teacher's slots a week at a time, and the two ways to publish more. The week shown is in
 * the address (`?week=2026-12-07`, its Monday), so a reload or a shared link keeps it.
 */
export function TeacherSlots({ initialWeek }: { initialWeek?: string }) {
  const t = useTranslations("teach.slots");
  const time = useZonedTime();
  const me = trpc.identity.me.useQuery();
  const utils = trpc.useUtils();
  // A student holding, booking or freeing one of these slots shows here at once.
  useSlotChanges(() => void utils.scheduling.mySlots.invalidate(), { teacherId: me.data?.id });
  // The page's moment of opening anchors "this week" and what is past; a reload moves it on.
  const [openedAt] = useState(() => new Date());
  // Any instant in the week shown; until the teacher pages, the week asked for or this one.
  const [shown, setShown] = useState<Date>();
  const anchor = shown ?? (time && initialWeek ? wallClockInstant(initialWeek, "12:00", time.timeZone) : null) ?? openedAt;
  const week = time ? calendarWeek(anchor, time.timeZone) : undefined;
  const monday = week?.days[0];
  useEffect(() => {
    if (monday && shown) window.history.replaceState(null, "", `?week=${monday}`);
  }, [monday, shown]);
  const slots = trpc.scheduling.mySlots.useQuery(
    { from: week?.from, to: week?.to, limit: 100 },
    { enabled: Boolean(week), placeholderData: (previous) => previous },
  );
  const isThisWeek = Boolean(time && week && week.from.getTime() === calendarWeek(openedAt, time.timeZone).from.getTime());
  const page = (weeks: number) => time && week && setShown(calendarWeek(week.from, time.timeZone, { weeksAhead: weeks }).from);

  if (!time || !week) {
    return <Loading>{t("loading")}</Loading>;
  }
  return (
    <>
      {me.data && !me.data.teacherApproved && <p className="notice">{t("awaitingApproval")}</p>}
      <section className="card" aria-labelledby="week-heading">
        <div className="teach-week-head">
          <h2 id="week-heading" aria-live="polite">
            {t("week", { days: time.dayRange(week.days[0]!, week.days[6]!) })}
          </h2>
          <nav className="teach-pager" aria-label={t("weeks")}>
            <button type="button" className="button secondary" aria-label={t("previous")} onClick={() => page(-1)}>
              <span aria-hidden="true">←</span>
            </button>
            <button type="button" className="button secondary" disabled={isThisWeek} onClick={() => setShown(openedAt)}>
              {t("thisWeek")}
            </button>
            <button type="button" className="button secondary" aria-label={t("next")} onClick={() => page(1)}>
              <span aria-hidden="true">→</span>
            </button>
          </nav>
        </div>
        <p className="hint">{t("zone", { zone: time.timeZone })}</p>
        {slots.data ? (
          <div aria-busy={slots.isFetching}>
            <WeekSlots week={week} slots={slots.data.items} time={time} openedAt={openedAt.getTime()} />
            {slots.data.nextCursor && <p className="hint">{t("moreThanShown")}</p>}
          </div>
        ) : (
          <Loading>{t("loadingWeek")}</Loading>
        )}
      </section>
      <div className="teach-publish">
        <PublishSlot time={time} onPublished={setShown} />
        <WeeklyPattern time={time} onPublished={setShown} />
      </div>
    </>
  );
}
