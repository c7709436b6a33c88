"use client";

import type { TBookingSummary } from "@guitaronline/api/contracts";
import { useNow, useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo, useState, type ReactNode } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { useIdempotencyKey } from "@/lib/use-idempotency-key";
import { useZonedTime, type ZonedFormat } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";
import { BookingItem } from "./booking-item";
import { CancelDialog } from "./cancel-dialog";
import { Loading } from "@/components/loading";
import { RescheduleDialog } from "./reschedule-dialog";
import { useEveryPage } from "./use-every-page";
import { useSingleFlight } from "./use-single-flight";

const active = (booking: TBookingSummary) => booking.status === "HOLD" || booking.status === "CONFIRMED";
type Outcome = { kind: "canceled"; wasHold: boolean; refunded: boolean } | { kind: "rescheduled"; startsAt: Date; endsAt: Date };

/** The student's upcoming lessons (to cancel or move) and the past ones with the teacher's notes. */
export function BookingList() {
  const t = useTranslations("student.bookings");
  const time = useZonedTime();
  const now = useNow({ updateInterval: 30_000 });
  const utils = trpc.useUtils();
  const singleFlight = useSingleFlight();
  const [canceling, setCanceling] = useState<TBookingSummary>();
  const [moving, setMoving] = useState<TBookingSummary>();
  const [outcome, setOutcome] = useState<Outcome>();

  const bookings = trpc.booking.my.useInfiniteQuery({ limit: 100 }, { getNextPageParam: (page) => page.nextCursor ?? undefined });
  const lessons = trpc.lessons.my.useInfiniteQuery({ limit: 100 }, { getNextPageParam: (page) => page.nextCursor ?? undefined });
  useEveryPage(bookings);
  useEveryPage(lessons);
  const refresh = () =>
    Promise.all([utils.booking.my.invalidate(), utils.lessons.my.invalidate(), utils.billing.myPackages.invalidate(), utils.scheduling.openSlots.invalidate()]);
  const cancelKey = useIdempotencyKey();
  const rescheduleKey = useIdempotencyKey();
  const cancel = trpc.booking.cancel.useMutation({ onSuccess: cancelKey.done, onSettled: refresh });
  const reschedule = trpc.booking.reschedule.useMutation({ onSuccess: rescheduleKey.done, onSettled: refresh });

  const lessonsByBooking = useMemo(
    () => new Map((lessons.data?.pages.flatMap((page) => page.items) ?? []).map((lesson) => [lesson.bookingId, lesson])),
    [lessons.data],
  );
  const all = bookings.data?.pages.flatMap((page) => page.items) ?? [];
  const upcoming = all.filter((booking) => active(booking) && booking.slot.endsAt > now).sort(byStart);
  const past = all.filter((booking) => !upcoming.includes(booking)).sort((a, b) => byStart(b, a));

  if (!time || bookings.isPending) return <Loading />;
  const list = (items: TBookingSummary[], empty: ReactNode) =>
    items.length === 0 ? (
      <p className="empty">{empty}</p>
    ) : (
      <ul className="plain booking-list">
        {items.map((booking) => (
          <BookingItem
            key={booking.id}
            booking={booking}
            lesson={lessonsByBooking.get(booking.id)}
            time={time}
            now={now}
            upcoming={upcoming.includes(booking)}
            onCancel={() => {
              cancel.reset();
              setCanceling(booking);
            }}
            onReschedule={() => {
              reschedule.reset();
              setMoving(booking);
            }}
          />
        ))}
      </ul>
    );

  return (
    <>
      <div aria-live="polite">
        <ErrorAlert error={bookings.error} />
        {outcome && <OutcomeNotice outcome={outcome} time={time} />}
      </div>
      <section className="card" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t("upcoming")}</h2>
        {list(
          upcoming,
          <>
            {t("noUpcoming")} <Link href="/book">{t("bookOne")}</Link>
          </>,
        )}
      </section>
      <section className="card" aria-labelledby="past-title">
        <h2 id="past-title">{t("past")}</h2>
        {list(past, t("noPast"))}
      </section>
      {canceling && (
        <CancelDialog
          booking={canceling}
          time={time}
          pending={cancel.isPending}
          error={cancel.error}
          onClose={() => setCanceling(undefined)}
          onConfirm={() =>
            void singleFlight(`cancel:${canceling.id}`, async () => {
              const canceled = await cancel.mutateAsync(cancelKey.keyed({ bookingId: canceling.id }));
              setOutcome({ kind: "canceled", wasHold: canceling.status === "HOLD", refunded: canceled.refunded });
              setCanceling(undefined);
            })
          }
        />
      )}
      {moving && (
        <RescheduleDialog
          booking={moving}
          time={time}
          pending={reschedule.isPending}
          error={reschedule.error}
          onClose={() => setMoving(undefined)}
          onConfirm={(slot) =>
            void singleFlight(`reschedule:${moving.id}`, async () => {
              await reschedule.mutateAsync(rescheduleKey.keyed({ bookingId: moving.id, newSlotId: slot.id }));
              setOutcome({ kind: "rescheduled", startsAt: slot.startsAt, endsAt: slot.endsAt });
              setMoving(undefined);
            })
          }
        />
      )}
    </>
  );
}

function byStart(a: TBookingSummary, b: TBookingSummary) {
  return a.slot.startsAt.getTime() - b.slot.startsAt.getTime();
}

function OutcomeNotice({ outcome, time }: { outcome: Outcome; time: ZonedFormat }) {
  const t = useTranslations("student.bookings");
  if (outcome.kind === "rescheduled") {
    return <p className="notice success">{t("rescheduledNotice", { time: time.range(outcome.startsAt, outcome.endsAt) })}</p>;
  }
  const text = outcome.wasHold ? t("canceledHold") : outcome.refunded ? t("canceledNotice") : t("canceledLost");
  return <p className={outcome.refunded || outcome.wasHold ? "notice success" : "warning"}>{text}</p>;
}
