"use client";

import { useTranslations } from "next-intl";
import { type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { trpc } from "@/trpc/react";

export function PublishSlot() {
  const t = useTranslations("teach");
  const publish = trpc.scheduling.createSlot.useMutation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (publish.isPending) return;
    const form = new FormData(event.currentTarget);
    // datetime-local is wall-clock time in the browser's zone; Date reads it as such.
    publish.mutate({ startsAt: new Date(String(form.get("startsAt"))), durationMinutes: Number(form.get("duration")) });
  }

  return (
    <section className="card">
      <h2>{t("publish")}</h2>
      <form onSubmit={submit} className="form inline-form">
        <label>
          {t("startsAt")}
          <input name="startsAt" type="datetime-local" required />
        </label>
        <label>
          {t("duration")}
          <input name="duration" type="number" min={15} max={240} step={5} defaultValue={60} required />
        </label>
        <SubmitButton pending={publish.isPending}>{t("publishButton")}</SubmitButton>
      </form>
      <ErrorAlert error={publish.error} />
      {publish.isSuccess && <p className="notice">{t("published")}</p>}
    </section>
  );
}
