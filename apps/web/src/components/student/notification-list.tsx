"use client";

import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/error-alert";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";
import { Loading } from "@/components/loading";

/** Everything the school told the user in the app, newest first, a page at a time. */
export function NotificationList() {
  const t = useTranslations();
  const time = useZonedTime();
  const notifications = trpc.notifications.my.useInfiniteQuery(
    { limit: 30 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchOnMount: "always" },
  );
  if (!time || notifications.isPending) return <Loading />;
  const items = notifications.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <ErrorAlert error={notifications.error} />
      {notifications.isSuccess && items.length === 0 && <p className="empty card">{t("student.notifications.none")}</p>}
      {items.length > 0 && (
        <ul className="plain card notification-list" data-testid="notification-list">
          {items.map((notification) => {
            // Message keys cannot hold dots: "booking.confirmed" is filed as "booking_confirmed".
            const key = `notifications.types.${notification.type.replaceAll(".", "_")}`;
            return (
              <li key={notification.id}>
                <span>{t.has(key) ? t(key) : notification.type}</span>
                <time className="hint" dateTime={notification.createdAt.toISOString()}>
                  {time.dateTime(notification.createdAt)}
                </time>
              </li>
            );
          })}
        </ul>
      )}
      {notifications.hasNextPage && (
        <button
          type="button"
          className="button secondary"
          disabled={notifications.isFetchingNextPage}
          onClick={() => void notifications.fetchNextPage()}
        >
          {t("student.common.loadMore")}
        </button>
      )}
    </>
  );
}
