import { listPayments } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZBillingPaymentsInput, ZBillingPaymentsOutput } from "./payments.types.ts";

export const billingPayments = adminProcedure
  .meta({ description: "Payments, newest first, a page at a time: by student, package or status, each with its student." })
  .input(ZBillingPaymentsInput)
  .output(ZBillingPaymentsOutput)
  .query(({ ctx, input }) => listPayments(ctx.deps, ctx.principal, input));
