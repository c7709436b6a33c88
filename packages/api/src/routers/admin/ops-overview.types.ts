import { z } from "zod";
import { zId } from "../shared-schemas.ts";

export const ZOpsOverviewInput = z.object({ maxRetries: z.number().int().min(1).max(100).optional() }).default({});
export const ZOpsOverviewOutput = z.object({
  outboxPending: z.number().int(),
  outboxLagSeconds: z.number().int(),
  outboxRetryableFailed: z.number().int(),
  outboxDeadLetter: z.number().int(),
  notificationsFailed: z.number().int(),
  staleHolds: z.number().int(),
  overdueActivePackages: z.number().int(),
  paidButUnusable: z.number().int(),
  paidButUnusablePackages: z.array(
    z.object({ id: zId, studentId: zId, studentName: z.string(), lessonsLeft: z.number().int(), expiresAt: z.date() }),
  ),
});
export type TOpsOverviewInput = z.infer<typeof ZOpsOverviewInput>;
export type TOpsOverviewOutput = z.infer<typeof ZOpsOverviewOutput>;
