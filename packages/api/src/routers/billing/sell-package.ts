import { sellPackage } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZBillingSellPackageInput, ZBillingSellPackageOutput } from "./sell-package.types.ts";

export const billingSellPackage = adminProcedure
  .meta({
    description:
      "Sells a student a package and records its payment for the price in one step: SUCCEEDED when the money is in " +
      "(the default), PENDING when it is on its way. The same idempotencyKey answers with the same sale, so a double " +
      "click sells once; reusing it for another sale is refused.",
    appCodes: ["not_found", "invalid_transition", "idempotency_conflict"],
  })
  .input(ZBillingSellPackageInput)
  .output(ZBillingSellPackageOutput)
  .mutation(({ ctx, input }) => sellPackage(ctx.deps, ctx.principal, input));
