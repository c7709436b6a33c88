"use client";

import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { Dialog } from "./dialog";
import { useCancelOutcome, type BookingDialogProps } from "./refund";

/** Asks before canceling, saying first whether the lesson will come back to the package. */
export function CancelDialog({
  booking,
  time,
  pending,
  error,
  onConfirm,
  onClose,
}: BookingDialogProps & { onConfirm: () => void }) {
  const t = useTranslations("student");
  const { outcome, hours } = useCancelOutcome(booking);
  return (
    <Dialog title={t("cancel.title")} onClose={onClose}>
      <p>
        <strong>{time.range(booking.slot.startsAt, booking.slot.endsAt)}</strong> · {t("common.with", { teacher: booking.slot.teacherName })}
      </p>
      <p className={outcome === "lost" ? "warning" : "notice"} data-testid="cancel-consequence">
        {t(`cancel.${outcome}`, { hours })}
      </p>
      <ErrorAlert error={error} />
      <div className="actions">
        <SubmitButton type="button" variant="danger" pending={pending} pendingLabel={t("cancel.confirming")} onClick={onConfirm}>
          {t("cancel.confirm")}
        </SubmitButton>
        <button type="button" className="button secondary" onClick={onClose} autoFocus>
          {t("cancel.keep")}
        </button>
      </div>
    </Dialog>
  );
}
