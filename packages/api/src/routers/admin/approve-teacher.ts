import { approveTeacher } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZAdminApproveTeacherInput, ZAdminApproveTeacherOutput } from "./approve-teacher.types.ts";

export const adminApproveTeacher = adminProcedure
  .meta({
    description: "Lets a registered teacher publish slots. Approving an approved teacher changes nothing.",
    appCodes: ["not_found", "invalid_transition"],
  })
  .input(ZAdminApproveTeacherInput)
  .output(ZAdminApproveTeacherOutput)
  .mutation(({ ctx, input }) => approveTeacher(ctx.deps, ctx.principal, input));
