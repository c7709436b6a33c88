import { kpiOverview } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZAdminKpiOverviewOutput } from "./kpi-overview.types.ts";

export const adminKpiOverview = adminProcedure
  .meta({
    description:
      "The business at a glance: users by role; bookings, lessons, payments and packages by status; money that came in, " +
      "was refunded and stayed (minor units). Each view is recorded in the audit trail as admin.kpi.view.",
  })
  .output(ZAdminKpiOverviewOutput)
  .query(({ ctx }) => kpiOverview(ctx.deps, ctx.principal));
