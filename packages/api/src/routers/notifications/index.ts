import { router } from "../../trpc/init.ts";
import { notificationsDeliveryMetrics } from "./delivery-metrics.ts";
import { notificationsMy } from "./my.ts";

export const notificationsRouter = router({
  my: notificationsMy,
  deliveryMetrics: notificationsDeliveryMetrics,
});
