import { listPackages } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZBillingPackagesByStudentInput, ZBillingPackagesByStudentOutput } from "./packages-by-student.types.ts";

export const billingPackagesByStudent = adminProcedure
  .meta({
    description: "A student's lesson packages, newest first, as the student sees them.",
  })
  .input(ZBillingPackagesByStudentInput)
  .output(ZBillingPackagesByStudentOutput)
  .query(({ ctx, input }) => listPackages(ctx.deps, ctx.principal, input));
