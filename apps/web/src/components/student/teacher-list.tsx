"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { ErrorAlert } from "@/components/error-alert";
import { trpc } from "@/trpc/react";
import { Loading } from "@/components/loading";
import { TeacherFacts } from "./teacher-card";

/** Every teacher of the school, a page at a time, each linking to their profile and free times. */
export function TeacherList() {
  const t = useTranslations("student");
  const teachers = trpc.teachers.list.useInfiniteQuery({ limit: 24 }, { getNextPageParam: (page) => page.nextCursor ?? undefined });
  if (teachers.isPending) return <Loading />;
  const items = teachers.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <ErrorAlert error={teachers.error} />
      {teachers.isSuccess && items.length === 0 && <p className="empty">{t("teachers.none")}</p>}
      <ul className="teacher-grid plain">
        {items.map((teacher) => (
          <li key={teacher.id} className="card teacher-card" data-testid="teacher">
            <h2>
              <Link href={`/teachers/${teacher.id}`} aria-label={t("teachers.profile", { name: teacher.name })}>
                {teacher.name}
              </Link>
            </h2>
            <TeacherFacts teacher={teacher} />
            <Link className="button primary" href={`/book?teacher=${teacher.id}`}>
              {t("teachers.book", { name: teacher.name })}
            </Link>
          </li>
        ))}
      </ul>
      {teachers.hasNextPage && (
        <button type="button" className="button secondary" disabled={teachers.isFetchingNextPage} onClick={() => void teachers.fetchNextPage()}>
          {t("common.loadMore")}
        </button>
      )}
    </>
  );
}
