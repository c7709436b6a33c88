import { confirmBooking } from "@guitaronline/domain";
import { studentProcedure } from "../../trpc/procedures.ts";
import { ZBookingConfirmInput, ZBookingConfirmOutput } from "./confirm.types.ts";

export const bookingConfirm = studentProcedure
  .meta({
    description:
      "Books the lesson you hold: one lesson is taken from your package that expires soonest. Confirming a " +
      "confirmed booking returns it unchanged. " +
      "A retry with the same idempotencyKey answers as the first request did.",
    appCodes: ["not_found", "invalid_transition", "hold_expired", "no_active_package", "idempotency_conflict"],
  })
  .input(ZBookingConfirmInput)
  .output(ZBookingConfirmOutput)
  .mutation(({ ctx, input }) => confirmBooking(ctx.deps, ctx.principal, input));
