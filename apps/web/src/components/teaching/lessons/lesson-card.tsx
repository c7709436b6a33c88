"use client";

import type { TLessonSummary } from "@guitaronline/api/contracts";
import { useTranslations } from "next-intl";
import type { ZonedFormat } from "@/lib/use-zoned-time";
import { CancelLesson } from "./cancel-lesson";
import { LessonOutcome } from "./lesson-outcome";

/** One lesson: when (on the teacher's clock), with whom, how it went, and what can be done now. */
export function LessonCard({
  lesson,
  time,
  begun,
  announce,
}: {
  lesson: TLessonSummary;
  time: ZonedFormat;
  begun: boolean;
  /** Says what a change did once the lesson has moved on. */
  announce: (notice: string) => void;
}) {
  const t = useTranslations("teach.lessons");
  return (
    <li className="card teach-card" data-testid="lesson">
      <div className="teach-card-head">
        <strong className="teach-when">{time.range(lesson.startsAt, lesson.endsAt)}</strong>
        <span className={`badge status-${begun ? "to-record" : lesson.status.toLowerCase()}`} data-testid="lesson-status">
          {begun ? t("toRecord") : t(`status.${lesson.status}`)}
        </span>
      </div>
      <p className="teach-who">{t("student", { name: lesson.studentName })}</p>
      {lesson.notes && (
        <p className="teach-notes">
          <span className="hint">{t("notesLabel")}</span> {lesson.notes}
        </p>
      )}
      {lesson.status === "SCHEDULED" &&
        (begun ? (
          <LessonOutcome lesson={lesson} announce={announce} />
        ) : (
          <CancelLesson lesson={lesson} when={time.range(lesson.startsAt, lesson.endsAt)} announce={announce} />
        ))}
    </li>
  );
}
