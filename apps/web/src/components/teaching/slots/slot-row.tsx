"use client";

import type { TSchedulingMySlotsOutput } from "@guitaronline/api/contracts";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useIdempotencyKey } from "@/lib/use-idempotency-key";
import { trpc } from "@/trpc/react";
import type { ZonedFormat } from "@/lib/use-zoned-time";

export type MySlot = TSchedulingMySlotsOutput["items"][number];

/** Free, held or booked, and by whom; a free slot still ahead can be deleted. */
function stateOf(slot: MySlot): "free" | "held" | "booked" {
  if (!slot.booking) return "free";
  return slot.booking.status === "HOLD" ? "held" : "booked";
}

export function SlotRow({ slot, time, openedAt }: { slot: MySlot; time: ZonedFormat; openedAt: number }) {
  const t = useTranslations("teach.slots");
  const utils = trpc.useUtils();
  const removeKey = useIdempotencyKey();
  const remove = trpc.scheduling.deleteSlot.useMutation({
    onSuccess: () => {
      removeKey.done();
      return utils.scheduling.mySlots.invalidate();
    },
  });
  const state = stateOf(slot);
  const past = slot.startsAt.getTime() <= openedAt;
  return (
    <li className={`teach-slot ${state}${past ? " past" : ""}`} data-testid="my-slot" data-state={state}>
      <span className="teach-slot-time">{time.timeRange(slot.startsAt, slot.endsAt)}</span>
      <span className="teach-slot-state">
        {slot.booking?.status === "HOLD"
          ? t("heldBy", { name: slot.booking.studentName, until: time.time(slot.booking.holdExpiresAt) })
          : slot.booking
            ? t("bookedBy", { name: slot.booking.studentName })
            : t(past ? "freePast" : "free")}
      </span>
      {state === "free" && !past && (
        <SubmitButton
          type="button"
          variant="danger"
          pending={remove.isPending || remove.isSuccess}
          pendingLabel={t("deleting")}
          onClick={() => remove.mutate(removeKey.keyed({ slotId: slot.id }))}
        >
          {t("delete")}
          <span className="visually-hidden"> {time.timeRange(slot.startsAt, slot.endsAt)}</span>
        </SubmitButton>
      )}
      <ErrorAlert error={remove.error} />
    </li>
  );
}
