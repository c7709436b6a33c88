import { getTranslations } from "next-intl/server";
import { TeacherList } from "@/components/student/teacher-list";
import { api, HydrateClient, prefetchPage } from "@/trpc/server";

export async function generateMetadata() {
  return { title: (await getTranslations("student.teachers"))("title") };
}

export default async function TeachersPage() {
  const t = await getTranslations("student.teachers");
  await prefetchPage(api.teachers.list.prefetchInfinite({ limit: 24 }));
  return (
    <HydrateClient>
      <h1>{t("title")}</h1>
      <p className="lead-text">{t("lead")}</p>
      <TeacherList />
    </HydrateClient>
  );
}
