import { createWeeklySlots } from "@guitaronline/domain";
import { staffProcedure } from "../../trpc/procedures.ts";
import { ZSchedulingCreateWeeklySlotsInput, ZSchedulingCreateWeeklySlotsOutput } from "./create-weekly-slots.types.ts";

export const schedulingCreateWeeklySlots = staffProcedure
  .meta({
    description:
      "Publishes a weekly pattern such as Mondays and Thursdays 18:00–20:00 for 6 weeks, in the teacher's time " +
      "zone (past times are skipped): all of its slots, or none when one would overlap. " +
      "A retry with the same idempotencyKey answers as the first request did.",
    appCodes: ["forbidden", "not_found", "slot_overlap", "idempotency_conflict"],
  })
  .input(ZSchedulingCreateWeeklySlotsInput)
  .output(ZSchedulingCreateWeeklySlotsOutput)
  .mutation(({ ctx, input }) => createWeeklySlots(ctx.deps, ctx.principal, input));
