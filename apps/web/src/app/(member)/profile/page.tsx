import { getTranslations } from "next-intl/server";
import { Profile } from "@/components/profile/profile-form";
import { HydrateClient, prefetchPage } from "@/trpc/server";

export async function generateMetadata() {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const t = await getTranslations("profile");
  await prefetchPage();
  return (
    <HydrateClient>
      <h1>{t("title")}</h1>
      <p className="lead-text">{t("lead")}</p>
      <Profile />
    </HydrateClient>
  );
}
