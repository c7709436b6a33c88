import { listPackages } from "@guitaronline/domain";
import { studentProcedure } from "../../trpc/procedures.ts";
import { ZBillingMyPackagesOutput } from "./my-packages.types.ts";

export const billingMyPackages = studentProcedure
  .meta({
    description:
      "Your lesson packages, newest first, with the lessons left; a package past its expiry shows as EXPIRED.",
  })
  .output(ZBillingMyPackagesOutput)
  .query(({ ctx }) => listPackages(ctx.deps, ctx.principal, { studentId: ctx.principal.id }));
