"use client";

import type { TBookingSummary, TLessonSummary } from "@guitaronline/api/contracts";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ZonedFormat } from "@/lib/use-zoned-time";
import { refundWindowHours, returnsOnCancel } from "./refund";

/** One booking: when, with whom, where it stands, what the teacher noted, and what can be done. */
export function BookingItem({
  booking,
  lesson,
  time,
  now,
  upcoming,
  onCancel,
  onReschedule,
}: {
  booking: TBookingSummary;
  lesson: TLessonSummary | undefined;
  time: ZonedFormat;
  now: Date;
  upcoming: boolean;
  onCancel: () => void;
  onReschedule: () => void;
}) {
  const t = useTranslations("student");
  return (
    <li className="booking" data-testid="booking" data-starts-at={booking.slot.startsAt.toISOString()}>
      <div className="booking-head">
        <strong className="booking-time">{time.range(booking.slot.startsAt, booking.slot.endsAt)}</strong>
        <span>{t("common.with", { teacher: booking.slot.teacherName })}</span>
        <span className={`badge status-${booking.status.toLowerCase()}`} data-testid="booking-status">
          {t(`bookings.status.${booking.status}`)}
        </span>
        {lesson && lesson.status !== "SCHEDULED" && lesson.status !== "CANCELED" && (
          <span className={`badge lesson-${lesson.status.toLowerCase()}`}>{t(`bookings.lessonStatus.${lesson.status}`)}</span>
        )}
      </div>
      <Facts booking={booking} time={time} now={now} upcoming={upcoming} />
      {lesson?.notes && (
        <div className="lesson-notes">
          <h3>{t("bookings.notes")}</h3>
          <p>{lesson.notes}</p>
        </div>
      )}
      {upcoming && (
        <div className="actions">
          <button type="button" className="button secondary" onClick={onReschedule}>
            {t("bookings.reschedule")}
          </button>
          <button type="button" className="button danger" onClick={onCancel}>
            {t("bookings.cancel")}
          </button>
        </div>
      )}
    </li>
  );
}

/** The line under a booking: its refund deadline, its hold, or what its cancel did. */
function Facts({ booking, time, now, upcoming }: { booking: TBookingSummary; time: ZonedFormat; now: Date; upcoming: boolean }) {
  const t = useTranslations("student.bookings");
  if (upcoming && booking.status === "HOLD") {
    return (
      <p className="hint">
        <Link href="/book">{t("holdUntil", { time: time.time(booking.holdExpiresAt) })}</Link>
      </p>
    );
  }
  if (upcoming) {
    return returnsOnCancel(booking, now) ? (
      <p className="hint">{t("freeUntil", { time: time.dateTime(booking.refundDeadline) })}</p>
    ) : (
      <p className="hint warning-text">{t("insideWindow", { hours: refundWindowHours(booking) })}</p>
    );
  }
  if (booking.rescheduledToId) return <p className="hint">{t("rescheduledTo")}</p>;
  if (booking.status === "CANCELED" && booking.lessonId) {
    return <p className="hint">{booking.lessonReturned ? t("returned") : t("notReturned")}</p>;
  }
  return null;
}
