import { deliveryMetrics, listMyNotifications } from "@guitaronline/domain";
import { z } from "zod";
import { router } from "../../trpc/init.ts";
import { adminProcedure, memberProcedure } from "../../trpc/procedures.ts";
import { ZId, zPageInputOf, zPageOf } from "../shared-schemas.ts";

const zCountsOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int()])) as Record<K, z.ZodNumber>);

export const notificationsRouter = router({
  my: memberProcedure
    .meta({
      description: "Your in-app notifications, newest first, a page at a time.",
    })
    .input(zPageInputOf())
    .output(
      zPageOf(z.object({ id: ZId, type: z.string(), status: z.enum(["PENDING", "SENT", "FAILED"]), createdAt: z.date(), eventId: ZId })),
    )
    .query(({ ctx, input }) => listMyNotifications(ctx.deps, ctx.principal, input)),

  deliveryMetrics: adminProcedure
    .meta({
      description:
        "Delivery health: notifications and outbox events by status, retryable failures apart from dead letters.",
    })
    .input(z.object({ maxRetries: z.number().int().min(0).max(100).optional() }).default({}))
    .output(
      z.object({
        notifications: zCountsOf(["pending", "sent", "failed", "total"] as const),
        outbox: zCountsOf(["pending", "processed", "failed", "total", "retryableFailed", "deadLetter"] as const),
      }),
    )
    .query(({ ctx, input }) => deliveryMetrics(ctx.deps, ctx.principal, { maxRetries: input.maxRetries ?? ctx.config.OUTBOX_MAX_RETRIES })),
});
