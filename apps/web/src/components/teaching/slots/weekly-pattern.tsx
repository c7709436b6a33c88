"use client";

import { ZSchedulingCreateWeeklySlotsInput, type TSchedulingCreateWeeklySlotsInput } from "@guitaronline/api/contracts";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useIdempotencyKey } from "@/lib/use-idempotency-key";
import { trpc } from "@/trpc/react";
import { FieldError, invalidProps, showServerFieldErrors } from "@/components/forms/field-error";
import { dayIn } from "@/lib/calendar-week";
import type { ZonedFormat } from "@/lib/use-zoned-time";
import { PatternPreview } from "./pattern-preview";

const FORM_ID = "weekly-pattern";
const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * A weekly pattern (days, hours, length, how many weeks) on the teacher's clock. "Preview" shows
 * the slots it makes; only those, unchanged, can then be published.
 */
export function WeeklyPattern({ time, onPublished }: { time: ZonedFormat; onPublished: (startsAt: Date) => void }) {
  const t = useTranslations("teach.pattern");
  const format = useFormatter();
  const utils = trpc.useUtils();
  const form = useForm({
    resolver: zodResolver(ZSchedulingCreateWeeklySlotsInput),
    defaultValues: {
      weekdays: [],
      from: "18:00",
      to: "20:00",
      durationMinutes: 60,
      startDate: dayIn(new Date(), time.timeZone),
      weeks: 4,
      timeZone: time.timeZone,
    },
  });
  const [previewed, setPreviewed] = useState<TSchedulingCreateWeeklySlotsInput>();
  const preview = trpc.scheduling.previewWeeklySlots.useQuery(previewed!, { enabled: Boolean(previewed) });
  const publishKey = useIdempotencyKey();
  const publish = trpc.scheduling.createWeeklySlots.useMutation({
    onSuccess: (slots) => {
      publishKey.done();
      setPreviewed(undefined);
      if (slots[0]) onPublished(slots[0].startsAt);
      return utils.scheduling.mySlots.invalidate();
    },
    onError: (error) => showServerFieldErrors(error, form.setError),
  });
  // A preview belongs to the pattern it was made from: any change asks for a new one.
  useEffect(() => form.subscribe({ formState: { values: true }, callback: () => setPreviewed(undefined) }), [form]);
  const { errors } = form.formState;
  const weekdayName = (weekday: number) =>
    // 1 January 2024 was a Monday.
    format.dateTime(new Date(Date.UTC(2024, 0, weekday, 12)), { weekday: "long", timeZone: "UTC" });
  const numberField = (name: "durationMinutes" | "weeks", bounds: { min: number; max: number; step?: number }) => (
    <div className="teach-field">
      <label>
        {t(name)}
        <input
          type="number"
          inputMode="numeric"
          {...bounds}
          {...form.register(name, { valueAsNumber: true })}
          {...invalidProps(FORM_ID, name, Boolean(errors[name]))}
        />
      </label>
      <FieldError formId={FORM_ID} field={name} message={errors[name] && t(`errors.${name}`)} />
    </div>
  );

  return (
    <section className="card" aria-labelledby={`${FORM_ID}-heading`}>
      <h2 id={`${FORM_ID}-heading`}>{t("title")}</h2>
      <p className="hint">{t("intro", { zone: time.timeZone })}</p>
      <form
        id={FORM_ID}
        className="form"
        noValidate
        onSubmit={form.handleSubmit((pattern) => {
          publish.reset();
          setPreviewed(pattern);
        })}
      >
        <Controller
          control={form.control}
          name="weekdays"
          render={({ field }) => (
            <fieldset {...invalidProps(FORM_ID, "weekdays", Boolean(errors.weekdays))}>
              <legend>{t("weekdays")}</legend>
              <div className="teach-weekdays">
                {ISO_WEEKDAYS.map((weekday) => (
                  <label key={weekday} className="inline">
                    <input
                      type="checkbox"
                      name={field.name}
                      value={weekday}
                      ref={weekday === 1 ? field.ref : undefined}
                      checked={field.value.includes(weekday)}
                      onBlur={field.onBlur}
                      onChange={(event) =>
                        field.onChange(
                          event.target.checked
                            ? [...field.value, weekday].sort()
                            : field.value.filter((chosen) => chosen !== weekday),
                        )
                      }
                    />
                    {weekdayName(weekday)}
                  </label>
                ))}
              </div>
              <FieldError formId={FORM_ID} field="weekdays" message={errors.weekdays && t("errors.weekdays")} />
            </fieldset>
          )}
        />
        <div className="teach-fields">
          {(["from", "to"] as const).map((name) => (
            <div key={name} className="teach-field">
              <label>
                {t(name)}
                <input type="time" {...form.register(name)} {...invalidProps(FORM_ID, name, Boolean(errors[name]))} />
              </label>
              <FieldError
                formId={FORM_ID}
                field={name}
                message={errors[name] && t(errors[name].type === "custom" ? "errors.endBeforeStart" : "errors.time")}
              />
            </div>
          ))}
          {numberField("durationMinutes", { min: 15, max: 240, step: 5 })}
        </div>
        <div className="teach-fields">
          <div className="teach-field">
            <label>
              {t("startDate")}
              <input type="date" {...form.register("startDate")} {...invalidProps(FORM_ID, "startDate", Boolean(errors.startDate))} />
            </label>
            <FieldError formId={FORM_ID} field="startDate" message={errors.startDate && t("errors.startDate")} />
          </div>
          {numberField("weeks", { min: 1, max: 26 })}
        </div>
        <div className="actions">
          <SubmitButton variant={previewed ? "secondary" : "primary"} pending={preview.isFetching} pendingLabel={t("previewing")}>
            {t("preview")}
          </SubmitButton>
        </div>
        <ErrorAlert error={preview.error} />
      </form>
      {previewed && preview.data && (
        <PatternPreview
          preview={preview.data}
          time={time}
          publishing={publish.isPending}
          onPublish={() => {
            if (!publish.isPending) publish.mutate(publishKey.keyed(previewed));
          }}
        />
      )}
      <ErrorAlert error={publish.error} />
      {publish.isSuccess && (
        <p className="notice" role="status">
          {t("published", { count: publish.data.length })}
        </p>
      )}
    </section>
  );
}
