import { getTranslations } from "next-intl/server";
import { PackageList } from "@/components/student/package-list";
import { api, HydrateClient, prefetchPage } from "@/trpc/server";

export async function generateMetadata() {
  return { title: (await getTranslations("student.packages"))("title") };
}

export default async function PackagesPage() {
  const t = await getTranslations("student.packages");
  await prefetchPage(api.billing.myPackages.prefetch());
  return (
    <HydrateClient>
      <h1>{t("title")}</h1>
      <PackageList />
    </HydrateClient>
  );
}
