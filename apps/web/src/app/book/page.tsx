import { getTranslations } from "next-intl/server";
import { MyPackages } from "@/components/booking/my-packages";
import { OpenSlots } from "@/components/booking/open-slots";

export default async function BookPage() {
  const t = await getTranslations("book");
  return (
    <section>
      <h1>{t("title")}</h1>
      <MyPackages />
      <OpenSlots />
    </section>
  );
}
