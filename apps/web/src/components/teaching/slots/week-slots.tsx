"use client";

import { useTranslations } from "next-intl";
import { dayIn, type CalendarWeek } from "@/lib/calendar-week";
import type { ZonedFormat } from "@/lib/use-zoned-time";
import { SlotRow, type MySlot } from "./slot-row";

/** A week of the teacher's calendar, day by day on their own clock, with a count of what is taken. */
export function WeekSlots({
  week,
  slots,
  time,
  openedAt,
}: {
  week: CalendarWeek;
  slots: MySlot[];
  time: ZonedFormat;
  openedAt: number;
}) {
  const t = useTranslations("teach.slots");
  if (slots.length === 0) return <p className="teach-empty">{t("emptyWeek")}</p>;
  const booked = slots.filter((slot) => slot.booking?.status === "CONFIRMED").length;
  const held = slots.filter((slot) => slot.booking?.status === "HOLD").length;
  return (
    <>
      <p className="hint" data-testid="week-summary">
        {t("summary", { total: slots.length, free: slots.length - booked - held, held, booked })}
      </p>
      <ol className="teach-week">
        {week.days.map((day) => {
          const ofDay = slots.filter((slot) => dayIn(slot.startsAt, time.timeZone) === day);
          return (
            <li key={day} className="teach-day" data-testid="slot-day">
              <h3>{time.longDay(day)}</h3>
              {ofDay.length === 0 ? (
                <p className="hint">{t("noSlotsThatDay")}</p>
              ) : (
                <ul className="teach-slots">
                  {ofDay.map((slot) => (
                    <SlotRow key={slot.id} slot={slot} time={time} openedAt={openedAt} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
