"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";
import { StudentPicker } from "./student-picker";
import { useDateRange } from "./date-range";
import { DeskTable } from "./desk-table";

const STATUSES = ["HOLD", "CONFIRMED", "CANCELED", "EXPIRED"] as const;
type Status = (typeof STATUSES)[number];

/** Any booking by student, teacher, status and lesson dates; an admin's cancel always returns the lesson. */
export function BookingDesk() {
  const t = useTranslations("adminDesk");
  const time = useZonedTime();
  const utils = trpc.useUtils();
  const [student, setStudent] = useState<{ id: string; name: string } | null>(null);
  const [teacherId, setTeacherId] = useState("");
  const [status, setStatus] = useState<Status | "">("");
  const range = useDateRange();
  const [reason, setReason] = useState("");
  const teachers = trpc.admin.users.useQuery({ role: "TEACHER", limit: 100 });
  const bookings = trpc.admin.bookings.useInfiniteQuery(
    {
      studentId: student?.id,
      teacherId: teacherId || undefined,
      status: status || undefined,
      from: range.from,
      to: range.to,
      limit: 20,
    },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const cancel = trpc.booking.cancel.useMutation({ onSuccess: () => utils.admin.bookings.invalidate() });
  const rows = bookings.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div>
      <div className="filters">
        {student ? (
          <button type="button" className="button secondary" onClick={() => setStudent(null)}>
            {t("common.student")}: {student.name} ✕
          </button>
        ) : (
          <StudentPicker onChoose={setStudent} />
        )}
        <label>
          {t("common.teacher")}
          <select value={teacherId} onChange={(event) => setTeacherId(event.target.value)}>
            <option value="">{t("bookingDesk.anyTeacher")}</option>
            {teachers.data?.items.map((teacher) => (
              <option key={teacher.id} value={teacher.id}>
                {teacher.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("common.status")}
          <select value={status} onChange={(event) => setStatus(event.target.value as Status | "")}>
            <option value="">{t("common.all")}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`bookingDesk.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {range.inputs}
      </div>
      <label className="reason">
        {t("bookingDesk.cancelReason")}
        <input value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
      </label>
      <ErrorAlert error={bookings.error ?? cancel.error} />
      {cancel.data && (
        <p role="status" className="notice">
          {t("bookingDesk.canceled")}
        </p>
      )}
      <DeskTable loading={bookings.isPending || !time} empty={bookings.isSuccess && rows.length === 0} emptyText={t("bookingDesk.noBookings")} testId="bookings" headings={[t("bookingDesk.lesson"), t("common.student"), t("common.teacher"), t("common.status"), ""]}>
              {rows.map((booking) => (
                <tr key={booking.id}>
                  <td>{time?.dateTime(booking.slot.startsAt)}</td>
                  <td>{booking.studentName}</td>
                  <td>{booking.teacherName}</td>
                  <td>
                    {t(`bookingDesk.status.${booking.status}`)}
                    {booking.cancelReason && <span className="hint"> · {booking.cancelReason}</span>}
                  </td>
                  <td className="actions">
                    {(booking.status === "HOLD" || booking.status === "CONFIRMED") && (
                      <SubmitButton
                        type="button"
                        variant="danger"
                        pending={cancel.isPending && cancel.variables?.bookingId === booking.id}
                        onClick={() => cancel.mutate({ bookingId: booking.id, reason: reason || undefined })}
                      >
                        {t("bookingDesk.cancel")}
                      </SubmitButton>
                    )}
                  </td>
                </tr>
              ))}
            </DeskTable>
      {bookings.hasNextPage && (
        <SubmitButton type="button" variant="secondary" pending={bookings.isFetchingNextPage} onClick={() => void bookings.fetchNextPage()}>
          {t("common.more")}
        </SubmitButton>
      )}
    </div>
  );
}
