"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { useIdempotencyKey } from "@/lib/use-idempotency-key";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";
import { HeldSlots } from "./held-slots";
import { Loading } from "@/components/loading";
import { PackageSummary } from "./package-summary";
import { useSingleFlight } from "./use-single-flight";
import { WeekSlots } from "./week-slots";

/**
 * Booking a lesson: the student's lessons left, the slots they hold (with the time left to
 * confirm each) and a week of open slots to hold from, of one teacher or of any.
 */
export function BookLesson({ teacherId, initialTeacherId, title }: { teacherId?: string; initialTeacherId?: string; title?: string }) {
  const t = useTranslations("student");
  const time = useZonedTime();
  const utils = trpc.useUtils();
  const singleFlight = useSingleFlight();
  const [booked, setBooked] = useState(false);
  const [holdKey, confirmKey, releaseKey] = [useIdempotencyKey(), useIdempotencyKey(), useIdempotencyKey()];
  const holds = trpc.booking.my.useQuery({ status: "HOLD", limit: 20 });
  const refresh = () =>
    Promise.all([utils.booking.my.invalidate(), utils.scheduling.openSlots.invalidate(), utils.billing.myPackages.invalidate()]);

  const hold = trpc.booking.hold.useMutation({ onMutate: () => setBooked(false), onSuccess: holdKey.done, onSettled: refresh });
  const confirm = trpc.booking.confirm.useMutation({
    onSuccess: () => {
      confirmKey.done();
      setBooked(true);
    },
    onSettled: refresh,
  });
  const release = trpc.booking.cancel.useMutation({ onSuccess: releaseKey.done, onSettled: refresh });
  const failure = hold.error ?? confirm.error ?? release.error;

  if (!time) return <Loading />;
  const holdSlot = (slotId: string) => void singleFlight(`hold:${slotId}`, () => hold.mutateAsync(holdKey.keyed({ slotId })));

  return (
    <>
      <PackageSummary time={time} />
      <div aria-live="polite">
        <ErrorAlert error={failure} />
        {booked && (
          <p className="notice success">
            {t("book.confirmed")} <Link href="/bookings">{t("book.toBookings")}</Link>
          </p>
        )}
      </div>
      <HeldSlots
        holds={holds.data?.items ?? []}
        time={time}
        confirmingId={confirm.isPending ? confirm.variables.bookingId : undefined}
        releasingId={release.isPending ? release.variables.bookingId : undefined}
        onConfirm={(bookingId) => void singleFlight(`confirm:${bookingId}`, () => confirm.mutateAsync(confirmKey.keyed({ bookingId })))}
        onRelease={(bookingId) => void singleFlight(`release:${bookingId}`, () => release.mutateAsync(releaseKey.keyed({ bookingId })))}
      />
      {title && <h2 className="section-title">{title}</h2>}
      <div className="card">
        <WeekSlots
          time={time}
          fixedTeacherId={teacherId}
          initialTeacherId={initialTeacherId}
          pickLabel={t("week.hold")}
          pendingSlotId={hold.isPending ? hold.variables.slotId : undefined}
          onPick={(slot) => holdSlot(slot.id)}
        />
      </div>
    </>
  );
}
