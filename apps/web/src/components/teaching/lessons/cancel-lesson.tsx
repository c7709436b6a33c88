"use client";

import { ZBookingCancelInput, type TLessonSummary } from "@guitaronline/api/contracts";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useIdempotencyKey } from "@/lib/use-idempotency-key";
import { trpc } from "@/trpc/react";
import { FieldError, invalidProps, showServerFieldErrors } from "@/components/forms/field-error";

/**
 * Canceling a booked lesson, in two steps: the first says what will happen (the lesson goes back
 * to the student's package, both are told), the second does it.
 */
export function CancelLesson({
  lesson,
  when,
  announce,
}: {
  lesson: TLessonSummary;
  when: string;
  announce: (notice: string) => void;
}) {
  const t = useTranslations("teach.lessons");
  const formId = `cancel-${lesson.id}`;
  const [asking, setAsking] = useState(false);
  const utils = trpc.useUtils();
  const form = useForm({ resolver: zodResolver(ZBookingCancelInput), defaultValues: { bookingId: lesson.bookingId, reason: "" } });
  const cancelKey = useIdempotencyKey();
  const cancel = trpc.booking.cancel.useMutation({
    onSuccess: ({ refunded }) => {
      cancelKey.done();
      announce(t(refunded ? "canceled" : "canceledNotReturned", { name: lesson.studentName, when }));
      return Promise.all([utils.lessons.my.invalidate(), utils.scheduling.mySlots.invalidate()]);
    },
    onError: (error) => showServerFieldErrors(error, form.setError),
  });
  const busy = cancel.isPending || cancel.isSuccess;
  const reasonError = form.formState.errors.reason;

  if (!asking) {
    return (
      <div className="actions">
        <button type="button" className="button danger" onClick={() => setAsking(true)}>
          {t("cancel")}
        </button>
      </div>
    );
  }
  return (
    <form
      id={formId}
      className="form teach-confirm"
      noValidate
      onSubmit={form.handleSubmit(({ reason }) => {
        if (!busy) cancel.mutate(cancelKey.keyed({ bookingId: lesson.bookingId, reason: reason || undefined }));
      })}
    >
      <p role="alert" className="notice">
        {t("cancelConsequence", { name: lesson.studentName, when })}
      </p>
      <div className="teach-field">
        <label>
          {t("cancelReason")}
          <textarea rows={2} {...form.register("reason")} {...invalidProps(formId, "reason", Boolean(reasonError))} />
        </label>
        <FieldError formId={formId} field="reason" message={reasonError && t("errors.reason")} />
      </div>
      <div className="actions">
        <SubmitButton variant="danger" pending={busy} pendingLabel={t("canceling")}>
          {t("cancelConfirm")}
        </SubmitButton>
        <button type="button" className="button secondary" disabled={busy} onClick={() => setAsking(false)}>
          {t("cancelKeep")}
        </button>
      </div>
      <ErrorAlert error={cancel.error} />
    </form>
  );
}
