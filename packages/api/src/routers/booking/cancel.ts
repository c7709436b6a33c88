import { cancelBooking } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZBookingCancelInput, ZBookingCancelOutput } from "./cancel.types.ts";

export const bookingCancel = memberProcedure
  .meta({
    description:
      "Cancels a booking: your own as a student, one on your slot as a teacher, any as an admin. A confirmed lesson " +
      "returns to the package when canceled more than the refund window (24 h by default) before it starts, and " +
      "always when a teacher or an admin cancels. " +
      "A retry with the same idempotencyKey answers as the first request did.",
    appCodes: ["not_found", "invalid_transition", "idempotency_conflict"],
  })
  .input(ZBookingCancelInput)
  .output(ZBookingCancelOutput)
  .mutation(({ ctx, input }) => cancelBooking(ctx.deps, ctx.principal, input));
