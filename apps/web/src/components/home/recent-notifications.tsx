"use client";

import { useTranslations } from "next-intl";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";

/** The signed-in user's latest in-app notifications, as the worker delivered them. */
export function RecentNotifications() {
  const t = useTranslations("notifications");
  const time = useZonedTime();
  const notifications = trpc.notifications.my.useQuery({ limit: 5 }, { refetchOnMount: "always", refetchInterval: 10_000 });
  if (!notifications.data || !time) return null;
  return (
    <section className="card" data-testid="notifications">
      <h2>{t("title")}</h2>
      {notifications.data.items.length === 0 && <p>{t("none")}</p>}
      <ul className="list">
        {notifications.data.items.map((notification) => {
          // Message keys cannot hold dots: "booking.confirmed" is filed as "booking_confirmed".
          const key = `types.${notification.type.replaceAll(".", "_")}`;
          return (
            <li key={notification.id}>
              {t.has(key) ? t(key) : notification.type} ·{" "}
              <span className="hint">{time.dateTime(notification.createdAt)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
