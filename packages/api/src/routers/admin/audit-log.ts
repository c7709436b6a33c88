import { listAuditLog } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZAdminAuditLogInput, ZAdminAuditLogOutput } from "./audit-log.types.ts";

export const adminAuditLog = adminProcedure
  .meta({
    description:
      "The audit trail, newest first, a page at a time: by entity, actor, action (exact, or a prefix ending in a dot such " +
      "as `billing.`) and time.",
  })
  .input(ZAdminAuditLogInput)
  .output(ZAdminAuditLogOutput)
  .query(({ ctx, input }) => listAuditLog(ctx.deps, ctx.principal, input));
