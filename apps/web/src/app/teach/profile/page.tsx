import { getTranslations } from "next-intl/server";
import { TeacherProfile } from "@/components/teaching/profile/teacher-profile";

export default async function TeachProfilePage() {
  const t = await getTranslations("teach.profile");
  return (
    <section>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <TeacherProfile />
    </section>
  );
}
