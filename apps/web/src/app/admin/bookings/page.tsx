import { getTranslations } from "next-intl/server";
import { BookingDesk } from "@/components/admin/booking-desk";

export default async function AdminBookingsPage() {
  const t = await getTranslations("adminDesk.bookingDesk");
  return (
    <section>
      <h1>{t("title")}</h1>
      <BookingDesk />
    </section>
  );
}
