import { getTranslations } from "next-intl/server";
import { TeacherSlots } from "@/components/teaching/slots/teacher-slots";
import { calendarWeek, wallClockInstant } from "@/lib/calendar-week";
import { api, HydrateClient, prefetchPage, signedInUser } from "@/trpc/server";

export default async function TeachSlotsPage({ searchParams }: { searchParams: Promise<{ week?: string | string[] }> }) {
  const t = await getTranslations("teach.slots");
  const { week } = await searchParams;
  const initialWeek = typeof week === "string" ? week : undefined;
  // The week the calendar opens on, as <TeacherSlots> works it out: the one asked for, or this one.
  const { timezone } = await signedInUser();
  const shown = calendarWeek((initialWeek && wallClockInstant(initialWeek, "12:00", timezone)) || new Date(), timezone);
  await prefetchPage(api.scheduling.mySlots.prefetch({ from: shown.from, to: shown.to, limit: 100 }));
  return (
    <HydrateClient>
      <section>
        <h1>{t("title")}</h1>
        <TeacherSlots initialWeek={initialWeek} />
      </section>
    </HydrateClient>
  );
}
