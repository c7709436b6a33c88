import { getTranslations } from "next-intl/server";
import { TeacherProfile } from "@/components/teaching/profile/teacher-profile";
import { api, HydrateClient, prefetchPage, signedInUser } from "@/trpc/server";

export default async function TeachProfilePage() {
  const t = await getTranslations("teach.profile");
  await prefetchPage(api.teachers.get.prefetch({ teacherId: (await signedInUser()).id }));
  return (
    <HydrateClient>
      <section>
        <h1>{t("title")}</h1>
        <p className="hint">{t("intro")}</p>
        <TeacherProfile />
      </section>
    </HydrateClient>
  );
}
