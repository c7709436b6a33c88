import { getTranslations } from "next-intl/server";
import { TeacherLessons } from "@/components/teaching/lessons/teacher-lessons";
import { api, HydrateClient, prefetchPage } from "@/trpc/server";

export default async function TeachPage() {
  const t = await getTranslations("teach.lessons");
  await prefetchPage(api.lessons.my.prefetchInfinite({ limit: 100 }));
  return (
    <HydrateClient>
      <section>
        <h1>{t("title")}</h1>
        <TeacherLessons />
      </section>
    </HydrateClient>
  );
}
