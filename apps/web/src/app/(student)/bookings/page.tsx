import { getTranslations } from "next-intl/server";
import { BookingList } from "@/components/student/booking-list";
import { api, HydrateClient, prefetchPage } from "@/trpc/server";

export async function generateMetadata() {
  return { title: (await getTranslations("student.bookings"))("title") };
}

export default async function BookingsPage() {
  const t = await getTranslations("student.bookings");
  await prefetchPage(api.booking.my.prefetchInfinite({ limit: 100 }), api.lessons.my.prefetchInfinite({ limit: 100 }));
  return (
    <HydrateClient>
      <h1>{t("title")}</h1>
      <BookingList />
    </HydrateClient>
  );
}
