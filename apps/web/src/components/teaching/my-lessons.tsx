"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useDateTime } from "@/lib/use-date-time";
import { trpc } from "@/trpc/react";

export function MyLessons() {
  const t = useTranslations("teach");
  const format = useDateTime();
  const utils = trpc.useUtils();
  const lessons = trpc.lessons.my.useQuery({ limit: 50 });
  const refresh = () => utils.lessons.my.invalidate();
  const complete = trpc.lessons.complete.useMutation({ onSettled: refresh });
  const noShow = trpc.lessons.markNoShow.useMutation({ onSettled: refresh });
  // The page's moment of opening decides which lessons have begun; a reload moves it on.
  const [openedAt] = useState(() => Date.now());
  const started = (lesson: { startsAt: Date }) => lesson.startsAt.getTime() <= openedAt;
  return (
    <section className="card">
      <h2>{t("lessons")}</h2>
      <ErrorAlert error={complete.error ?? noShow.error} />
      {lessons.isSuccess && lessons.data.items.length === 0 && <p>{t("noLessons")}</p>}
      <ul className="list">
        {lessons.data?.items.map((lesson) => (
          <li key={lesson.id} data-testid="lesson">
            <span>
              {format.dateTime(lesson.startsAt)} · {t("student", { name: lesson.studentName })} · {t(`lessonStatus.${lesson.status}`)}
            </span>
            {lesson.status === "SCHEDULED" && started(lesson) && (
              <>
                <SubmitButton type="button" pending={complete.isPending} onClick={() => complete.mutate({ lessonId: lesson.id })}>
                  {t("complete")}
                </SubmitButton>
                <SubmitButton type="button" variant="secondary" pending={noShow.isPending} onClick={() => noShow.mutate({ lessonId: lesson.id })}>
                  {t("noShow")}
                </SubmitButton>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
