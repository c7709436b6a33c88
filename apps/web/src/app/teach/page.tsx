import { getTranslations } from "next-intl/server";
import { lessonsAheadOf, lessonsBegunBy } from "@/components/teaching/lessons/lesson-ranges";
import { TeacherLessons } from "@/components/teaching/lessons/teacher-lessons";
import { api, HydrateClient, prefetchPage } from "@/trpc/server";

export default async function TeachPage() {
  const t = await getTranslations("teach.lessons");
  // The moment of opening splits lessons into begun and ahead; the page's queries use the same.
  // eslint-disable-next-line react-hooks/purity -- a server component renders once per request: this is the request's moment
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
