"use client";

import type { TBookingSummary } from "@guitaronline/api/contracts";
import { useNow, useTranslations } from "next-intl";
import { SubmitButton } from "@/components/submit-button";
import type { ZonedFormat } from "@/lib/use-zoned-time";

/** "9:05": minutes and seconds until an instant, never below zero. */
function remaining(until: Date, now: Date): string {
  const seconds = Math.max(0, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The slots the student holds, each with the time left to confirm it and its two ways out. */
export function HeldSlots({
  holds,
  time,
  onConfirm,
  onRelease,
  confirmingId,
  releasingId,
}: {
  holds: TBookingSummary[];
  time: ZonedFormat;
  onConfirm: (bookingId: string) => void;
  onRelease: (bookingId: string) => void;
  confirmingId?: string;
  releasingId?: string;
}) {
  const t = useTranslations("student");
  const now = useNow({ updateInterval: 1000 });
  if (holds.length === 0) return null;
  return (
    <section className="card holds" aria-labelledby="holds-title">
      <h2 id="holds-title">{t("book.holdsTitle")}</h2>
      <ul className="plain">
        {holds.map((hold) => {
          const expired = hold.holdExpiresAt.getTime() <= now.getTime();
          return (
            <li key={hold.id} className="held" data-testid="held">
              <p className="held-slot">
                <strong>{time.range(hold.slot.startsAt, hold.slot.endsAt)}</strong> · {t("common.with", { teacher: hold.slot.teacherName })}
              </p>
              {expired ? (
                <p className="notice">{t("book.expired")}</p>
              ) : (
                <>
                  <p>
                    {t("book.held", { time: time.time(hold.holdExpiresAt) })}{" "}
                    <span className="countdown" role="timer" aria-live="off">
                      {t("book.countdown", { time: remaining(hold.holdExpiresAt, now) })}
                    </span>
                  </p>
                  <div className="actions">
                    <SubmitButton
                      type="button"
                      pending={confirmingId === hold.id}
                      pendingLabel={t("book.confirming")}
                      onClick={() => onConfirm(hold.id)}
                    >
                      {t("book.confirm")}
                    </SubmitButton>
                    <SubmitButton
                      type="button"
                      variant="secondary"
                      pending={releasingId === hold.id}
                      pendingLabel={t("book.releasing")}
                      onClick={() => onRelease(hold.id)}
                    >
                      {t("book.release")}
                    </SubmitButton>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
