import { getTranslations } from "next-intl/server";
import { Profile } from "@/components/profile/profile-form";

export async function generateMetadata() {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const t = await getTranslations("profile");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead-text">{t("lead")}</p>
      <Profile />
    </>
  );
}
