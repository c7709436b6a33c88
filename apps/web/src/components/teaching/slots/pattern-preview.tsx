"use client";

import type { TSchedulingPreviewWeeklySlotsOutput } from "@guitaronline/api/contracts";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/submit-button";
import { dayIn } from "@/lib/calendar-week";
import type { ZonedFormat } from "@/lib/use-zoned-time";

/** Days in order, each with its slots, so a long pattern reads as a calendar rather than a list. */
function byDay(slots: TSchedulingPreviewWeeklySlotsOutput["slots"], timeZone: string) {
  const days = new Map<string, typeof slots>();
  for (const slot of slots) {
    const day = dayIn(slot.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days];
}

/** The slots a pattern would publish, what clashes, and the one button that publishes exactly them. */
export function PatternPreview({
  preview,
  time,
  publishing,
  onPublish,
}: {
  preview: TSchedulingPreviewWeeklySlotsOutput;
  time: ZonedFormat;
  publishing: boolean;
  onPublish: () => void;
}) {
  const t = useTranslations("teach.pattern");
  const { slots } = preview;
  const clashes = slots.filter((slot) => slot.overlapsExisting).length;
  if (slots.length === 0) {
    return (
      <p className="notice" role="status" data-testid="pattern-preview">
        {t("previewEmpty")}
      </p>
    );
  }
  const days = byDay(slots, time.timeZone);
  return (
    <div className="teach-preview" data-testid="pattern-preview">
      <h3 role="status">
        {t("previewSummary", { count: slots.length, days: time.dayRange(days[0]![0], days.at(-1)![0]) })}
      </h3>
      <ul className="teach-preview-days">
        {days.map(([day, ofDay]) => (
          <li key={day}>
            <span className="teach-preview-day">{time.longDay(day)}</span>
            <ul className="teach-preview-slots">
              {ofDay.map((slot) => (
                <li key={slot.startsAt.toISOString()} className={slot.overlapsExisting ? "clash" : undefined} data-testid="preview-slot">
                  {time.timeRange(slot.startsAt, slot.endsAt)}
                  {slot.overlapsExisting && <strong> · {t("clash")}</strong>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {clashes > 0 ? (
        <p role="alert" className="error">
          {t("clashes", { count: clashes })}
        </p>
      ) : (
        <div className="actions">
          <SubmitButton type="button" pending={publishing} pendingLabel={t("publishing")} onClick={onPublish}>
            {t("publish", { count: slots.length })}
          </SubmitButton>
        </div>
      )}
    </div>
  );
}
