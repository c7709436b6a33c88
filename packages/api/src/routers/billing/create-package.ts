import { createPackage } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZBillingCreatePackageInput, ZBillingCreatePackageOutput } from "./create-package.types.ts";

export const billingCreatePackage = adminProcedure
  .meta({
    description: "Sells a student a package of lessons, usable until it expires.",
    appCodes: ["not_found", "invalid_transition"],
  })
  .input(ZBillingCreatePackageInput)
  .output(ZBillingCreatePackageOutput)
  .mutation(({ ctx, input }) => createPackage(ctx.deps, ctx.principal, input));
