"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useDateTime } from "@/lib/use-date-time";
import { trpc } from "@/trpc/react";
import { useSlotChanges } from "@/trpc/use-slot-changes";

type Held = { id: string; slotId: string; holdExpiresAt: Date };

/** Open slots; hold one, then confirm or cancel the hold. */
export function OpenSlots() {
  const t = useTranslations("book");
  const format = useDateTime();
  const utils = trpc.useUtils();
  const slots = trpc.scheduling.openSlots.useQuery({ limit: 50 });
  const [held, setHeld] = useState<Held>();
  const [confirmed, setConfirmed] = useState(false);
  // One idempotency key per slot and page view: a retried or repeated hold acts once.
  const holdKeys = useRef(new Map<string, string>());
  const refresh = () => Promise.all([utils.scheduling.openSlots.invalidate(), utils.billing.myPackages.invalidate()]);
  useSlotChanges(() => void utils.scheduling.openSlots.invalidate());

  const hold = trpc.booking.hold.useMutation({
    onSuccess: (booking) => {
      setConfirmed(false);
      setHeld(booking);
    },
    onSettled: refresh,
  });
  const confirm = trpc.booking.confirm.useMutation({
    onSuccess: () => {
      setHeld(undefined);
      setConfirmed(true);
    },
    onSettled: refresh,
  });
  const cancel = trpc.booking.cancel.useMutation({ onSuccess: () => setHeld(undefined), onSettled: refresh });
  const failure = hold.error ?? confirm.error ?? cancel.error;

  function holdSlot(slotId: string) {
    const key = holdKeys.current.get(slotId) ?? crypto.randomUUID();
    holdKeys.current.set(slotId, key);
    hold.mutate({ slotId, idempotencyKey: key });
  }

  return (
    <section className="card">
      <h2>{t("openSlots")}</h2>
      <ErrorAlert error={failure} />
      {confirmed && <p className="notice">{t("confirmed")}</p>}
      {held && (
        <div className="notice" data-testid="held">
          <p>{t("held", { time: format.time(held.holdExpiresAt) })}</p>
          <SubmitButton type="button" pending={confirm.isPending} onClick={() => confirm.mutate({ bookingId: held.id })}>
            {t("confirm")}
          </SubmitButton>{" "}
          <SubmitButton type="button" variant="secondary" pending={cancel.isPending} onClick={() => cancel.mutate({ bookingId: held.id })}>
            {t("cancel")}
          </SubmitButton>
        </div>
      )}
      {slots.isSuccess && slots.data.items.length === 0 && <p>{t("noSlots")}</p>}
      <ul className="list">
        {slots.data?.items.map((slot) => (
          <li key={slot.id} data-testid="open-slot">
            <span>
              {format.dateTime(slot.startsAt)} – {format.time(slot.endsAt)} · {t("with", { teacher: slot.teacherName })}
            </span>
            <SubmitButton
              type="button"
              pending={hold.isPending && hold.variables?.slotId === slot.id}
              pendingLabel={t("holding")}
              onClick={() => holdSlot(slot.id)}
            >
              {t("hold")}
            </SubmitButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
