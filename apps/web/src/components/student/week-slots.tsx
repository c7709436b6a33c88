"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import type { ZonedFormat } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";
import { Loading } from "@/components/loading";
import { useOpenWeek, type OpenSlot } from "./use-open-week";

/**
 * A week of open slots on the student's clock, day by day, with paging across weeks and (unless
 * the teacher is fixed) a teacher filter. Picking a slot is the caller's business: hold it, or
 * choose it as a booking's new time.
 */
export function WeekSlots({
  time,
  fixedTeacherId,
  initialTeacherId,
  pickLabel,
  onPick,
  pendingSlotId,
  chosenSlotId,
  disabled = false,
  heading: Heading = "h2",
}: {
  time: ZonedFormat;
  fixedTeacherId?: string;
  initialTeacherId?: string;
  pickLabel: string;
  onPick: (slot: OpenSlot) => void;
  pendingSlotId?: string;
  chosenSlotId?: string;
  disabled?: boolean;
  heading?: "h2" | "h3";
}) {
  const t = useTranslations("student");
  const [weeksAhead, setWeeksAhead] = useState(0);
  const [teacherFilter, setTeacherFilter] = useState(initialTeacherId ?? "");
  const teacherId = fixedTeacherId ?? (teacherFilter || undefined);
  const { week, byDay, isPending, error, isEmpty } = useOpenWeek({ timeZone: time.timeZone, weeksAhead, teacherId });
  const DayHeading = Heading === "h2" ? "h3" : "h4";
  const titleId = useId();
  const title = t("week.title", { from: time.day(week.days[0]!), to: time.day(week.days[6]!) });

  return (
    <section className="week" aria-labelledby={titleId}>
      <div className="week-toolbar">
        <button type="button" className="button secondary" disabled={weeksAhead === 0} onClick={() => setWeeksAhead((weeks) => weeks - 1)}>
          <span aria-hidden="true">← </span>
          {t("week.previous")}
        </button>
        <Heading id={titleId} className="week-title" aria-live="polite">
          {title}
        </Heading>
        <button type="button" className="button secondary" onClick={() => setWeeksAhead((weeks) => weeks + 1)}>
          {t("week.next")}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <div className="week-meta">
        {!fixedTeacherId && <TeacherFilter value={teacherFilter} onChange={setTeacherFilter} />}
        <p className="hint">
          {t("common.timesIn", { zone: `${time.timeZone.replaceAll("_", " ")} (${time.zone(week.from)})` })}{" "}
          <Link href="/profile">{t("common.changeZone")}</Link>
        </p>
      </div>
      <ErrorAlert error={error} />
      {isPending ? (
        <Loading />
      ) : isEmpty ? (
        <p className="empty">{t("week.none")}</p>
      ) : (
        <ol className="week-days">
          {[...byDay].map(([day, slots]) => (
            <li key={day} className={slots.length ? "week-day" : "week-day empty-day"}>
              <DayHeading className="week-day-name">{time.day(day)}</DayHeading>
              {slots.length === 0 ? (
                <p className="hint">{t("week.noneDay")}</p>
              ) : (
                <ul className="slot-list">
                  {slots.map((slot) => (
                    <li key={slot.id} data-testid="open-slot" data-starts-at={slot.startsAt.toISOString()}>
                      <button
                        type="button"
                        className={slot.id === chosenSlotId ? "slot chosen" : "slot"}
                        aria-pressed={chosenSlotId ? slot.id === chosenSlotId : undefined}
                        aria-busy={slot.id === pendingSlotId}
                        disabled={disabled || Boolean(pendingSlotId)}
                        onClick={() => onPick(slot)}
                      >
                        <span className="visually-hidden">
                          {pickLabel} {time.day(day)},{" "}
                        </span>
                        <span className="slot-time">{time.timeRange(slot.startsAt, slot.endsAt)}</span>
                        {!fixedTeacherId && <span className="slot-teacher">{t("common.with", { teacher: slot.teacherName })}</span>}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function TeacherFilter({ value, onChange }: { value: string; onChange: (teacherId: string) => void }) {
  const t = useTranslations("student.week");
  const teachers = trpc.teachers.list.useQuery({ limit: 100 });
  const id = useId();
  return (
    <div className="field inline-field">
      <label htmlFor={id}>{t("teacher")}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t("allTeachers")}</option>
        {teachers.data?.items.map((teacher) => (
          <option key={teacher.id} value={teacher.id}>
            {teacher.name}
          </option>
        ))}
      </select>
    </div>
  );
}
