import { getTranslations } from "next-intl/server";
import { BookLesson } from "@/components/student/book-lesson";
import { prefetchBookLesson } from "@/components/student/prefetch-book-lesson";
import { HydrateClient, prefetchPage } from "@/trpc/server";

export async function generateMetadata() {
  return { title: (await getTranslations("student.book"))("title") };
}

/** `?teacher=<id>` opens the week on that teacher's slots (the teachers page links so). */
export default async function BookPage({ searchParams }: { searchParams: Promise<{ teacher?: string | string[] }> }) {
  const t = await getTranslations("student.book");
  const { teacher } = await searchParams;
  const teacherId = typeof teacher === "string" ? teacher : undefined;
  await prefetchPage(prefetchBookLesson({ teacherId, fixedTeacher: false }));
  return (
    <HydrateClient>
      <h1>{t("title")}</h1>
      <p className="lead-text">{t("lead")}</p>
      <BookLesson initialTeacherId={teacherId} />
    </HydrateClient>
  );
}
