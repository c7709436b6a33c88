"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { ErrorAlert } from "@/components/error-alert";
import { trpc } from "@/trpc/react";
import { BookLesson } from "./book-lesson";
import { Loading } from "@/components/loading";
import { TeacherFacts } from "./teacher-card";

/** One teacher's page: about them, and their week of free times to book from. */
export function TeacherProfile({ teacherId }: { teacherId: string }) {
  const t = useTranslations("student.teachers");
  const teacher = trpc.teachers.get.useQuery({ teacherId });
  if (teacher.isPending) return <Loading />;
  if (!teacher.data) {
    return (
      <>
        <h1>{t("notFound")}</h1>
        <ErrorAlert error={teacher.error} />
        <Link href="/teachers">{t("back")}</Link>
      </>
    );
  }
  return (
    <>
      <p>
        <Link href="/teachers">← {t("back")}</Link>
      </p>
      <h1>{teacher.data.name}</h1>
      <section className="card">
        <TeacherFacts teacher={teacher.data} />
      </section>
      <BookLesson teacherId={teacherId} title={t("slotsTitle", { name: teacher.data.name })} />
    </>
  );
}
