import { extendPackage } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZPackage } from "./schemas.ts";
import { ZBillingExtendPackageInput } from "./extend-package.types.ts";

export const billingExtendPackage = adminProcedure
  .meta({
    description:
      "Gives a package a new expiry in the future: an EXPIRED package with lessons left becomes ACTIVE again. A package " +
      "with no lesson left cannot be extended.",
    appCodes: ["not_found", "invalid_transition", "package_not_active"],
  })
  .input(ZBillingExtendPackageInput)
  .output(ZPackage)
  .mutation(({ ctx, input }) => extendPackage(ctx.deps, ctx.principal, input));
