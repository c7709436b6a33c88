import { getTranslations } from "next-intl/server";
import { BookingList } from "@/components/student/booking-list";

export async function generateMetadata() {
  return { title: (await getTranslations("student.bookings"))("title") };
}

export default async function BookingsPage() {
  const t = await getTranslations("student.bookings");
  return (
    <>
      <h1>{t("title")}</h1>
      <BookingList />
    </>
  );
}
