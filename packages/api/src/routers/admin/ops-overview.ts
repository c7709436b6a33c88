import { opsOverview } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZAdminOpsOverviewInput, ZAdminOpsOverviewOutput } from "./ops-overview.types.ts";

export const adminOpsOverview = adminProcedure
  .meta({
    description:
      "What needs an operator: outbox events pending (and how late the oldest is), retrying and dead-lettered, failed " +
      "notifications, holds and packages past their time, and packages paid for but expired with lessons left. Each view " +
      "is recorded in the audit trail as admin.ops.view.",
  })
  .input(ZAdminOpsOverviewInput)
  .output(ZAdminOpsOverviewOutput)
  .query(({ ctx, input }) => opsOverview(ctx.deps, ctx.principal, { maxRetries: input.maxRetries ?? ctx.config.OUTBOX_MAX_RETRIES }));
