import { getTranslations } from "next-intl/server";
import { lessonsAheadOf, lessonsBegunBy, TeacherLessons } from "@/components/teaching/lessons/teacher-lessons";
import { api, HydrateClient, prefetchPage } from "@/trpc/server";

export default async function TeachPage() {
  const t = await getTranslations("teach.lessons");
  // The moment of opening splits lessons into begun and ahead: the page's queries and these match.
  const openedAt = Date.now();
  await prefetchPage(
    api.lessons.my.prefetchInfinite(lessonsBegunBy(openedAt)),
    api.lessons.my.prefetchInfinite(lessonsAheadOf(openedAt)),
  );
  return (
    <HydrateClient>
      <section>
        <h1>{t("title")}</h1>
        <TeacherLessons openedAt={openedAt} />
      </section>
    </HydrateClient>
  );
}
