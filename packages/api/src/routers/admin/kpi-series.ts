import { kpiSeries } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZAdminKpiSeriesInput, ZAdminKpiSeriesOutput } from "./kpi-series.types.ts";

export const adminKpiSeries = adminProcedure
  .meta({
    description:
      "The last `days` UTC days, one entry a day: bookings made by status, money in, refunded and net (minor units), " +
      "lessons completed and missed, and students who had a lesson; plus the active students of the whole window.",
  })
  .input(ZAdminKpiSeriesInput)
  .output(ZAdminKpiSeriesOutput)
  .query(({ ctx, input }) => kpiSeries(ctx.deps, ctx.principal, input));
