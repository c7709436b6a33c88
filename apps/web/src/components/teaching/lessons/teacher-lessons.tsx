"use client";

import type { TLessonSummary } from "@guitaronline/api/contracts";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Loading } from "@/components/loading";
import { SubmitButton } from "@/components/submit-button";
import { trpc } from "@/trpc/react";
import { useSlotChanges } from "@/trpc/use-slot-changes";
import { useZonedTime } from "@/lib/use-zoned-time";
import { LessonCard } from "./lesson-card";

/** The teacher's lessons in three piles: waiting for how it went, coming up, and done. */
function pilesOf(lessons: TLessonSummary[], openedAt: number) {
  const scheduled = lessons.filter((lesson) => lesson.status === "SCHEDULED");
  return {
    awaitingOutcome: scheduled.filter((lesson) => lesson.startsAt.getTime() <= openedAt),
    upcoming: scheduled.filter((lesson) => lesson.startsAt.getTime() > openedAt),
    past: lessons.filter((lesson) => lesson.status !== "SCHEDULED").reverse(),
  };
}

export function TeacherLessons() {
  const t = useTranslations("teach.lessons");
  const time = useZonedTime();
  const utils = trpc.useUtils();
  const me = trpc.identity.me.useQuery();
  // A booking or a cancel on one of the teacher's slots adds or changes a lesson.
  useSlotChanges(() => void utils.lessons.my.invalidate(), { teacherId: me.data?.id });
  // The page's moment of opening decides which lessons have begun; a reload moves it on.
  const [openedAt] = useState(() => Date.now());
  // Two reads from that moment, so the latest lessons come first whatever the teacher's history:
  // those that have begun, latest first, and those still ahead, soonest first.
  const nextPage = { getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined };
  const begun = trpc.lessons.my.useInfiniteQuery({ to: new Date(openedAt), order: "desc", limit: 100 }, nextPage);
  const ahead = trpc.lessons.my.useInfiniteQuery({ from: new Date(openedAt), limit: 100 }, nextPage);
  const lessons = [begun, ahead] as const;
  // What the last change did, said above the lists: the lesson itself moves to another pile.
  const [notice, setNotice] = useState<string>();

  if (!begun.data || !ahead.data || !time) {
    return <Loading>{t("loading")}</Loading>;
  }
  const piles = pilesOf(
    [...begun.data.pages.flatMap((page) => page.items).reverse(), ...ahead.data.pages.flatMap((page) => page.items)],
    openedAt,
  );
  if (piles.awaitingOutcome.length + piles.upcoming.length + piles.past.length === 0) {
    return (
      <section className="card teach-empty">
        <p>{t("none")}</p>
        <Link href="/teach/slots">{t("publishSlots")}</Link>
      </section>
    );
  }
  return (
    <>
      <p className="hint">{t("zone", { zone: time.timeZone })}</p>
      <p role="status" className={notice ? "notice" : undefined}>
        {notice}
      </p>
      {(
        [
          ["awaitingOutcome", piles.awaitingOutcome],
          ["upcoming", piles.upcoming],
          ["past", piles.past],
        ] as const
      ).map(
        ([pile, items]) =>
          items.length > 0 && (
            <section key={pile} className="teach-pile" aria-labelledby={`pile-${pile}`}>
              <h2 id={`pile-${pile}`}>
                {t(`piles.${pile}`)} <span className="count">{items.length}</span>
              </h2>
              <ul className="teach-cards">
                {items.map((lesson) => (
                  <LessonCard key={lesson.id} lesson={lesson} time={time} begun={pile === "awaitingOutcome"} announce={setNotice} />
                ))}
              </ul>
            </section>
          ),
      )}
      {lessons.some((list) => list.hasNextPage) && (
        <SubmitButton
          type="button"
          variant="secondary"
          pending={lessons.some((list) => list.isFetchingNextPage)}
          onClick={() => lessons.forEach((list) => list.hasNextPage && void list.fetchNextPage())}
        >
          {t("more")}
        </SubmitButton>
      )}
    </>
  );
}
