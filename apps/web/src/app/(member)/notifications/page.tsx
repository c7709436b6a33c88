import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/student/notification-list";

export async function generateMetadata() {
  return { title: (await getTranslations("student.notifications"))("title") };
}

export default async function NotificationsPage() {
  const t = await getTranslations("student.notifications");
  return (
    <>
      <h1>{t("title")}</h1>
      <NotificationList />
    </>
  );
}
