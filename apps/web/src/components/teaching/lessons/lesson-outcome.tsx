"use client";

import { ZLessonsCompleteInput, type TLessonSummary } from "@guitaronline/api/contracts";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useIdempotencyKey } from "@/lib/use-idempotency-key";
import { trpc } from "@/trpc/react";
import { FieldError, invalidProps, showServerFieldErrors } from "@/components/forms/field-error";

/** How a lesson that has begun went: completed or a no-show, with notes the student will read. */
export function LessonOutcome({ lesson, announce }: { lesson: TLessonSummary; announce: (notice: string) => void }) {
  const t = useTranslations("teach.lessons");
  const formId = `outcome-${lesson.id}`;
  const utils = trpc.useUtils();
  // Completing and marking a no-show take the same input: one schema checks both.
  const form = useForm({ resolver: zodResolver(ZLessonsCompleteInput), defaultValues: { lessonId: lesson.id, notes: "" } });
  const recorded = (notice: string) => {
    announce(notice);
    return utils.lessons.my.invalidate();
  };
  const onError = (error: unknown) => showServerFieldErrors(error, form.setError);
  // Completing and marking a no-show are one intent, how the lesson went: one key serves both.
  const outcomeKey = useIdempotencyKey();
  const recordedAs = (notice: string) => () => {
    outcomeKey.done();
    return recorded(notice);
  };
  const complete = trpc.lessons.complete.useMutation({ onSuccess: recordedAs(t("completed", { name: lesson.studentName })), onError });
  const noShow = trpc.lessons.markNoShow.useMutation({ onSuccess: recordedAs(t("markedNoShow", { name: lesson.studentName })), onError });
  // Once either is sent, neither button takes another press: the list reloads with the outcome.
  const busy = complete.isPending || noShow.isPending || complete.isSuccess || noShow.isSuccess;
  const record = (mutation: typeof complete | typeof noShow) =>
    form.handleSubmit(({ notes }) => {
      if (!busy) mutation.mutate(outcomeKey.keyed({ lessonId: lesson.id, notes: notes || undefined }));
    });
  const notesError = form.formState.errors.notes;

  return (
    <form id={formId} className="form teach-outcome" onSubmit={record(complete)} noValidate>
      <div className="teach-field">
        <label>
          {t("notes")}
          <textarea rows={3} {...form.register("notes")} {...invalidProps(formId, "notes", Boolean(notesError))} />
        </label>
        <FieldError formId={formId} field="notes" message={notesError && t("errors.notes")} />
      </div>
      <div className="actions">
        <SubmitButton pending={busy} pendingLabel={complete.isPending ? t("saving") : undefined}>
          {t("complete")}
        </SubmitButton>
        <SubmitButton type="button" variant="secondary" pending={busy} pendingLabel={noShow.isPending ? t("saving") : undefined} onClick={record(noShow)}>
          {t("noShow")}
        </SubmitButton>
      </div>
      <ErrorAlert error={complete.error ?? noShow.error} />
    </form>
  );
}
