"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { Dialog } from "./dialog";
import { useCancelOutcome, type BookingDialogProps } from "./refund";
import type { OpenSlot } from "./use-open-week";
import { WeekSlots } from "./week-slots";

/** Moving a booking: pick a new open slot, read what it costs, then confirm. */
export function RescheduleDialog({
  booking,
  time,
  pending,
  error,
  onConfirm,
  onClose,
}: BookingDialogProps & { onConfirm: (newSlot: OpenSlot) => void }) {
  const t = useTranslations("student");
  const [chosen, setChosen] = useState<OpenSlot>();
  const { outcome, hours } = useCancelOutcome(booking);
  return (
    <Dialog title={t("reschedule.title")} onClose={onClose} wide>
      <p>
        {t("reschedule.current", { time: time.range(booking.slot.startsAt, booking.slot.endsAt) })} ·{" "}
        {t("common.with", { teacher: booking.slot.teacherName })}
      </p>
      <div className="reschedule-choice" aria-live="polite">
        {chosen ? (
          <>
            <p>
              <strong>{t("reschedule.chosen", { time: time.range(chosen.startsAt, chosen.endsAt) })}</strong> ·{" "}
              {t("common.with", { teacher: chosen.teacherName })}
            </p>
            <p className={outcome === "lost" ? "warning" : "notice"} data-testid="reschedule-consequence">
              {t(`reschedule.${outcome}`, { hours })}
            </p>
          </>
        ) : (
          <p className="hint">{t("reschedule.pickNew")}</p>
        )}
      </div>
      <ErrorAlert error={error} />
      <div className="actions">
        {chosen && (
          <SubmitButton type="button" pending={pending} pendingLabel={t("reschedule.confirming")} onClick={() => onConfirm(chosen)}>
            {t("reschedule.confirm")}
          </SubmitButton>
        )}
        <button type="button" className="button secondary" onClick={onClose}>
          {t("reschedule.back")}
        </button>
      </div>
      <WeekSlots
        time={time}
        initialTeacherId={booking.slot.teacherId}
        pickLabel={t("week.pick")}
        chosenSlotId={chosen?.id}
        disabled={pending}
        onPick={setChosen}
        heading="h3"
      />
    </Dialog>
  );
}
