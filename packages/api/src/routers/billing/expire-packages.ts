import { expireOverduePackages } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZBillingExpirePackagesOutput } from "./expire-packages.types.ts";

export const billingExpirePackages = adminProcedure
  .meta({
    description: "Marks every active package past its expiry EXPIRED; the worker does the same on a schedule.",
  })
  .output(ZBillingExpirePackagesOutput)
  .mutation(({ ctx }) => expireOverduePackages(ctx.deps, ctx.principal, {}));
