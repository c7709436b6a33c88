import { deleteSlot } from "@guitaronline/domain";
import { staffProcedure } from "../../trpc/procedures.ts";
import { ZSchedulingDeleteSlotInput, ZSchedulingDeleteSlotOutput } from "./delete-slot.types.ts";

export const schedulingDeleteSlot = staffProcedure
  .meta({
    description:
      "Removes a free slot: a teacher their own, an admin any. A slot with an active booking stays until it is " +
      "canceled. " +
      "A retry with the same idempotencyKey answers as the first request did.",
    appCodes: ["not_found", "slot_unavailable", "idempotency_conflict"],
  })
  .input(ZSchedulingDeleteSlotInput)
  .output(ZSchedulingDeleteSlotOutput)
  .mutation(({ ctx, input }) => deleteSlot(ctx.deps, ctx.principal, input));
