import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/student/notification-list";
import { api, HydrateClient, prefetchPage } from "@/trpc/server";

export async function generateMetadata() {
  return { title: (await getTranslations("student.notifications"))("title") };
}

export default async function NotificationsPage() {
  const t = await getTranslations("student.notifications");
  await prefetchPage(api.notifications.my.prefetchInfinite({ limit: 30 }));
  return (
    <HydrateClient>
      <h1>{t("title")}</h1>
      <NotificationList />
    </HydrateClient>
  );
}
