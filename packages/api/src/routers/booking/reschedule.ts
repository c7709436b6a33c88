import { rescheduleBooking } from "@guitaronline/domain";
import { studentProcedure } from "../../trpc/procedures.ts";
import { ZBookingRescheduleInput, ZBookingRescheduleOutput } from "./reschedule.types.ts";

export const bookingReschedule = studentProcedure
  .meta({
    description:
      "Moves your held or confirmed booking to another open slot in one step: the old one is canceled by the " +
      "refund rule and a new one with the same status is made. " +
      "A retry with the same idempotencyKey answers as the first request did.",
    appCodes: [
      "not_found",
      "invalid_transition",
      "hold_expired",
      "slot_in_past",
      "slot_unavailable",
      "no_active_package",
      "idempotency_conflict",
    ],
  })
  .input(ZBookingRescheduleInput)
  .output(ZBookingRescheduleOutput)
  .mutation(({ ctx, input }) => rescheduleBooking(ctx.deps, ctx.principal, input));
