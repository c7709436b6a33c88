import { getTranslations } from "next-intl/server";
import { TeacherLessons } from "@/components/teaching/lessons/teacher-lessons";

export default async function TeachPage() {
  const t = await getTranslations("teach.lessons");
  return (
    <section>
      <h1>{t("title")}</h1>
      <TeacherLessons />
    </section>
  );
}
