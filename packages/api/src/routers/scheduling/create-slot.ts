import { createSlot } from "@guitaronline/domain";
import { staffProcedure } from "../../trpc/procedures.ts";
import { ZSchedulingCreateSlotInput, ZSchedulingCreateSlotOutput } from "./create-slot.types.ts";

export const schedulingCreateSlot = staffProcedure
  .meta({
    description:
      "Publishes a free slot: a teacher their own, an admin for the approved teacher named by teacherId. A " +
      "teacher's slots never overlap. " +
      "A retry with the same idempotencyKey answers as the first request did.",
    appCodes: ["forbidden", "not_found", "slot_in_past", "slot_overlap", "idempotency_conflict"],
  })
  .input(ZSchedulingCreateSlotInput)
  .output(ZSchedulingCreateSlotOutput)
  .mutation(({ ctx, input }) => createSlot(ctx.deps, ctx.principal, input));
