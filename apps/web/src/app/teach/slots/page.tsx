import { getTranslations } from "next-intl/server";
import { TeacherSlots } from "@/components/teaching/slots/teacher-slots";

export default async function TeachSlotsPage({ searchParams }: { searchParams: Promise<{ week?: string | string[] }> }) {
  const t = await getTranslations("teach.slots");
  const { week } = await searchParams;
  return (
    <section>
      <h1>{t("title")}</h1>
      <TeacherSlots initialWeek={typeof week === "string" ? week : undefined} />
    </section>
  );
}
