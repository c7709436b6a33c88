import { createPayment } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZBillingCreatePaymentInput, ZBillingCreatePaymentOutput } from "./create-payment.types.ts";

export const billingCreatePayment = adminProcedure
  .meta({
    description:
      "Records a PENDING payment for an active package. The same idempotencyKey returns the same payment; reusing " +
      "it for another package or amount is refused.",
    appCodes: ["not_found", "package_expired", "package_not_active", "idempotency_conflict"],
  })
  .input(ZBillingCreatePaymentInput)
  .output(ZBillingCreatePaymentOutput)
  .mutation(({ ctx, input }) => createPayment(ctx.deps, ctx.principal, input));
