import { listMySlots } from "@guitaronline/domain";
import { teacherProcedure } from "../../trpc/procedures.ts";
import { ZSchedulingMySlotsInput, ZSchedulingMySlotsOutput } from "./my-slots.types.ts";

export const schedulingMySlots = teacherProcedure
  .meta({
    description:
      "Your own slots between from and to (a week of your calendar), soonest first, each with the booking that " +
      "takes it now (held or confirmed, and the student's name) or null when it is free.",
  })
  .input(ZSchedulingMySlotsInput)
  .output(ZSchedulingMySlotsOutput)
  .query(({ ctx, input }) => listMySlots(ctx.deps, ctx.principal, input));
