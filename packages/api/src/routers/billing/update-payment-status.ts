import { updatePaymentStatus } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZBillingUpdatePaymentStatusInput, ZBillingUpdatePaymentStatusOutput } from "./update-payment-status.types.ts";

export const billingUpdatePaymentStatus = adminProcedure
  .meta({
    description:
      "Moves a payment on: PENDING to SUCCEEDED or FAILED, FAILED to PENDING or SUCCEEDED, SUCCEEDED to REFUNDED. " +
      "The same status again changes nothing.",
    appCodes: ["not_found", "invalid_transition", "package_expired", "package_not_active"],
  })
  .input(ZBillingUpdatePaymentStatusInput)
  .output(ZBillingUpdatePaymentStatusOutput)
  .mutation(({ ctx, input }) => updatePaymentStatus(ctx.deps, ctx.principal, input));
