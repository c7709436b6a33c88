import { getTranslations } from "next-intl/server";
import { MyBookings } from "@/components/booking/my-bookings";

export default async function BookingsPage() {
  const t = await getTranslations("bookings");
  return (
    <section>
      <h1>{t("title")}</h1>
      <MyBookings />
    </section>
  );
}
