import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

export const ZAdminOpsOverviewInput = z.object({ maxRetries: z.number().int().min(1).max(100).optional() }).default({});
export const ZAdminOpsOverviewOutput = z.object({
  outboxPending: z.number().int(),
  outboxLagSeconds: z.number().int(),
  outboxRetryableFailed: z.number().int(),
  outboxDeadLetter: z.number().int(),
  notificationsFailed: z.number().int(),
  staleHolds: z.number().int(),
  overdueActivePackages: z.number().int(),
  paidButUnusable: z.number().int(),
  paidButUnusablePackages: z.array(
    z.object({ id: ZId, studentId: ZId, studentName: z.string(), lessonsLeft: z.number().int(), expiresAt: z.date() }),
  ),
});
export type TAdminOpsOverviewInput = z.infer<typeof ZAdminOpsOverviewInput>;
export type TAdminOpsOverviewOutput = z.infer<typeof ZAdminOpsOverviewOutput>;
