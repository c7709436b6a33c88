import { listOpenSlots } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZSchedulingOpenSlotsInput, ZSchedulingOpenSlotsOutput } from "./open-slots.types.ts";

export const schedulingOpenSlots = memberProcedure
  .meta({
    description: "Future slots nobody has booked or holds, soonest first; filter by teacher and by time.",
  })
  .input(ZSchedulingOpenSlotsInput)
  .output(ZSchedulingOpenSlotsOutput)
  .query(({ ctx, input }) => listOpenSlots(ctx.deps, ctx.principal, input));
