import { requeueDeadLetters } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZAdminRequeueDeadLettersInput, ZAdminRequeueDeadLettersOutput } from "./requeue-dead-letters.types.ts";

export const adminRequeueDeadLetters = adminProcedure
  .meta({
    description:
      "Puts dead-lettered outbox events (all of them, or those given) back in the queue for the worker to deliver.",
  })
  .input(ZAdminRequeueDeadLettersInput)
  .output(ZAdminRequeueDeadLettersOutput)
  .mutation(({ ctx, input }) => requeueDeadLetters(ctx.deps, ctx.principal, input));
