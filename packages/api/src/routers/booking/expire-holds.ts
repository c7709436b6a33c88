import { expireHolds } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZBookingExpireHoldsOutput } from "./expire-holds.types.ts";

export const bookingExpireHolds = adminProcedure
  .meta({
    description:
      "Marks every hold past its expiry EXPIRED, so its slot opens again; the worker does the same on a schedule.",
  })
  .output(ZBookingExpireHoldsOutput)
  .mutation(({ ctx }) => expireHolds(ctx.deps, ctx.principal, {}));
