import { requeueDeadLetters } from "@guitaronline/domain";
import { z } from "zod";
import { router } from "../../trpc/init.ts";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZId } from "../shared-schemas.ts";
import { adminApproveTeacher, adminSetUserDisabled, adminSignOutUser, adminUsers } from "./users.ts";

export const adminRouter = router({
  approveTeacher: adminApproveTeacher,
  setUserDisabled: adminSetUserDisabled,
  signOutUser: adminSignOutUser,
  users: adminUsers,
  requeueDeadLetters: adminProcedure
    .meta({
      description:
        "Puts dead-lettered outbox events (all of them, or those given) back in the queue for the worker to deliver.",
    })
    .input(z.object({ ids: z.array(ZId).min(1).max(1_000).optional() }).default({}))
    .output(z.object({ requeued: z.number().int() }))
    .mutation(({ ctx, input }) => requeueDeadLetters(ctx.deps, ctx.principal, input)),
});
