import { previewWeeklySlots } from "@guitaronline/domain";
import { staffProcedure } from "../../trpc/procedures.ts";
import {
  ZSchedulingPreviewWeeklySlotsInput,
  ZSchedulingPreviewWeeklySlotsOutput,
} from "./preview-weekly-slots.types.ts";

export const schedulingPreviewWeeklySlots = staffProcedure
  .meta({
    description:
      "The slots scheduling.createWeeklySlots would publish for the same pattern, without saving: their times, " +
      "the zone the pattern is read in, and which clash with existing slots.",
    appCodes: ["forbidden", "not_found"],
  })
  .input(ZSchedulingPreviewWeeklySlotsInput)
  .output(ZSchedulingPreviewWeeklySlotsOutput)
  .query(({ ctx, input }) => previewWeeklySlots(ctx.deps, ctx.principal, input));
