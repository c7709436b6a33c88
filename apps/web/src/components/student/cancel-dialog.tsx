"use client";

import type { TBookingSummary } from "@guitaronline/api/contracts";
import { useNow, useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import type { ZonedFormat } from "@/lib/use-user-time";
import { Dialog } from "./dialog";
import { refundWindowHours, returnsOnCancel } from "./refund";

/** Asks before canceling, saying first whether the lesson will come back to the package. */
export function CancelDialog({
  booking,
  time,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  booking: TBookingSummary;
  time: ZonedFormat;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("student");
  const now = useNow({ updateInterval: 10_000 });
  const hours = refundWindowHours(booking);
  const consequence =
    booking.status === "HOLD" ? t("cancel.hold") : returnsOnCancel(booking, now) ? t("cancel.returned", { hours }) : t("cancel.lost", { hours });
  return (
    <Dialog title={t("cancel.title")} onClose={onClose}>
      <p>
        <strong>{time.range(booking.slot.startsAt, booking.slot.endsAt)}</strong> · {t("common.with", { teacher: booking.slot.teacherName })}
      </p>
      <p className={booking.status === "CONFIRMED" && !returnsOnCancel(booking, now) ? "warning" : "notice"} data-testid="cancel-consequence">
        {consequence}
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
