import { deliveryMetrics } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZNotificationsDeliveryMetricsInput, ZNotificationsDeliveryMetricsOutput } from "./delivery-metrics.types.ts";

export const notificationsDeliveryMetrics = adminProcedure
  .meta({
    description:
      "Delivery health: notifications and outbox events by status, retryable failures apart from dead letters.",
  })
  .input(ZNotificationsDeliveryMetricsInput)
  .output(ZNotificationsDeliveryMetricsOutput)
  .query(({ ctx, input }) =>
    deliveryMetrics(ctx.deps, ctx.principal, { maxRetries: input.maxRetries ?? ctx.config.OUTBOX_MAX_RETRIES }),
  );
