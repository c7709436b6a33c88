import { holdBooking } from "@guitaronline/domain";
import { studentProcedure } from "../../trpc/procedures.ts";
import { ZBookingHoldInput, ZBookingHoldOutput } from "./hold.types.ts";

export const bookingHold = studentProcedure
  .meta({
    description:
      "Holds an open slot for you while you decide (10 minutes by default); nothing is taken from your package yet. " +
      "A retry with the same idempotencyKey returns the booking as it is now.",
    appCodes: ["not_found", "slot_in_past", "no_active_package", "too_many_holds", "slot_unavailable"],
  })
  .input(ZBookingHoldInput)
  .output(ZBookingHoldOutput)
  .mutation(({ ctx, input }) => holdBooking(ctx.deps, ctx.principal, input));
