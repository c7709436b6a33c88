import { listPayments } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZPaymentsInput, ZPaymentsOutput } from "./payments.types.ts";

export const billingPayments = adminProcedure
  .meta({ description: "Payments, newest first, a page at a time: by student, package or status, each with its student." })
  .input(ZPaymentsInput)
  .output(ZPaymentsOutput)
  .query(({ ctx, input }) => listPayments(ctx.deps, ctx.principal, input));
