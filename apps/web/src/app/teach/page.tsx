import { getTranslations } from "next-intl/server";
import { MyLessons } from "@/components/teaching/my-lessons";
import { PublishSlot } from "@/components/teaching/publish-slot";

export default async function TeachPage() {
  const t = await getTranslations("teach");
  return (
    <section>
      <h1>{t("title")}</h1>
      <PublishSlot />
      <MyLessons />
    </section>
  );
}
