import { z } from "zod";

/** A whole-number count under each key. */
const zCountsOf = <Key extends string>(keys: readonly Key[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int()])) as Record<Key, z.ZodNumber>);

export const ZNotificationsDeliveryMetricsInput = z
  .object({ maxRetries: z.number().int().min(0).max(100).optional() })
  .default({});
export const ZNotificationsDeliveryMetricsOutput = z.object({
  notifications: zCountsOf(["pending", "sent", "failed", "total"] as const),
  outbox: zCountsOf(["pending", "processed", "failed", "total", "retryableFailed", "deadLetter"] as const),
});

export type TNotificationsDeliveryMetricsInput = z.input<typeof ZNotificationsDeliveryMetricsInput>;
export type TNotificationsDeliveryMetricsOutput = z.output<typeof ZNotificationsDeliveryMetricsOutput>;
