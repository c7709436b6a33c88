"use client";

import { ZSchedulingCreateSlotInput } from "@guitaronline/api/contracts";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useIdempotencyKey } from "@/lib/use-idempotency-key";
import { trpc } from "@/trpc/react";
import { FieldError, invalidProps, showServerFieldErrors } from "@/components/forms/field-error";
import { wallClockInstant, wallClockOf } from "@/lib/calendar-week";
import type { ZonedFormat } from "@/lib/use-zoned-time";

const FORM_ID = "publish-slot";

/** One slot, its start read on the teacher's own clock whatever zone the browser is in. */
export function PublishSlot({ time, onPublished }: { time: ZonedFormat; onPublished: (startsAt: Date) => void }) {
  const t = useTranslations("teach.publishSlot");
  const utils = trpc.useUtils();
  const form = useForm({ resolver: zodResolver(ZSchedulingCreateSlotInput), defaultValues: { durationMinutes: 60 } });
  const publishKey = useIdempotencyKey();
  const publish = trpc.scheduling.createSlot.useMutation({
    onSuccess: (slot) => {
      publishKey.done();
      onPublished(slot.startsAt);
      return utils.scheduling.mySlots.invalidate();
    },
    onError: (error) => showServerFieldErrors(error, form.setError),
  });
  const { errors } = form.formState;

  return (
    <section className="card" aria-labelledby={`${FORM_ID}-heading`}>
      <h2 id={`${FORM_ID}-heading`}>{t("title")}</h2>
      <form
        id={FORM_ID}
        className="form"
        noValidate
        onSubmit={form.handleSubmit((slot) => {
          if (!publish.isPending) publish.mutate(publishKey.keyed(slot));
        })}
      >
        <Controller
          control={form.control}
          name="startsAt"
          render={({ field }) => {
            const wall = field.value ? wallClockOf(field.value, time.timeZone) : undefined;
            return (
              <div className="teach-field">
                <label>
                  {t("startsAt", { zone: time.timeZone })}
                  <input
                    type="datetime-local"
                    name={field.name}
                    ref={field.ref}
                    onBlur={field.onBlur}
                    value={wall ? `${wall.date}T${wall.time}` : ""}
                    onChange={(event) => {
                      const [date = "", clock = ""] = event.target.value.split("T");
                      field.onChange(wallClockInstant(date, clock, time.timeZone) ?? undefined);
                    }}
                    {...invalidProps(FORM_ID, "startsAt", Boolean(errors.startsAt))}
                  />
                </label>
                <FieldError formId={FORM_ID} field="startsAt" message={errors.startsAt && t("errors.startsAt")} />
              </div>
            );
          }}
        />
        <div className="teach-field">
          <label>
            {t("duration")}
            <input
              type="number"
              inputMode="numeric"
              min={15}
              max={240}
              step={5}
              {...form.register("durationMinutes", { valueAsNumber: true })}
              {...invalidProps(FORM_ID, "durationMinutes", Boolean(errors.durationMinutes))}
            />
          </label>
          <FieldError formId={FORM_ID} field="durationMinutes" message={errors.durationMinutes && t("errors.durationMinutes")} />
        </div>
        <div className="actions">
          <SubmitButton pending={publish.isPending} pendingLabel={t("publishing")}>
            {t("publish")}
          </SubmitButton>
        </div>
        <ErrorAlert error={publish.error} />
        {publish.isSuccess && !publish.isPending && (
          <p className="notice" role="status">
            {t("published", { when: time.range(publish.data.startsAt, publish.data.endsAt) })}
          </p>
        )}
      </form>
    </section>
  );
}
