import { getTranslations } from "next-intl/server";
import { PackageList } from "@/components/student/package-list";

export async function generateMetadata() {
  return { title: (await getTranslations("student.packages"))("title") };
}

export default async function PackagesPage() {
  const t = await getTranslations("student.packages");
  return (
    <>
      <h1>{t("title")}</h1>
      <PackageList />
    </>
  );
}
