"use client";

import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useDateTime } from "@/lib/use-date-time";
import { trpc } from "@/trpc/react";

export function MyBookings() {
  const t = useTranslations("bookings");
  const format = useDateTime();
  const utils = trpc.useUtils();
  const bookings = trpc.booking.my.useQuery({ limit: 50 });
  const cancel = trpc.booking.cancel.useMutation({
    onSettled: () => Promise.all([utils.booking.my.invalidate(), utils.billing.myPackages.invalidate()]),
  });
  return (
    <section className="card">
      <ErrorAlert error={cancel.error} />
      {cancel.data && <p className="notice">{cancel.data.refunded ? t("refunded") : t("notRefunded")}</p>}
      {bookings.isSuccess && bookings.data.items.length === 0 && <p>{t("none")}</p>}
      <ul className="list">
        {bookings.data?.items.map((booking) => (
          <li key={booking.id} data-testid="booking">
            <span>
              {format.dateTime(booking.slot.startsAt)} · {booking.slot.teacherName} ·{" "}
              <strong data-testid="booking-status">{t(`status.${booking.status}`)}</strong>
            </span>
            {(booking.status === "HOLD" || booking.status === "CONFIRMED") && (
              <SubmitButton
                type="button"
                variant="danger"
                pending={cancel.isPending && cancel.variables?.bookingId === booking.id}
                onClick={() => cancel.mutate({ bookingId: booking.id })}
              >
                {t("cancel")}
              </SubmitButton>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
