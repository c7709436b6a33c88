import {
  cancelBooking,
  confirmBooking,
  expireHolds,
  holdBooking,
  listMyBookings,
  rescheduleBooking,
} from "@guitaronline/domain";
import { z } from "zod";
import { router } from "../../trpc/init.ts";
import { adminProcedure, memberProcedure, studentOrTeacherProcedure, studentProcedure } from "../../trpc/procedures.ts";
import { ZBookingStatus, ZExpiredCount, ZId, ZIdempotencyKey, zPageInputOf, zPageOf } from "../shared-schemas.ts";

const ZBookingRef = z.object({ bookingId: ZId });

export const bookingRouter = router({
  hold: studentProcedure
    .meta({
      description:
        "Holds an open slot for you while you decide (10 minutes by default); nothing is taken from your package yet. " +
        "A retry with the same idempotencyKey returns the booking as it is now.",
      appCodes: ["not_found", "slot_in_past", "no_active_package", "slot_unavailable"],
    })
    .input(z.object({ slotId: ZId, idempotencyKey: ZIdempotencyKey.optional() }))
    .output(z.object({ id: ZId, status: ZBookingStatus, slotId: ZId, holdExpiresAt: z.date() }))
    .mutation(({ ctx, input }) => holdBooking(ctx.deps, ctx.principal, input)),

  confirm: studentProcedure
    .meta({
      description:
        "Books the lesson you hold: one lesson is taken from your package that expires soonest. Confirming a " +
        "confirmed booking returns it unchanged.",
      appCodes: ["not_found", "invalid_transition", "hold_expired", "no_active_package"],
    })
    .input(ZBookingRef)
    .output(z.object({ id: ZId, status: z.literal("CONFIRMED"), packageId: ZId, lessonId: ZId }))
    .mutation(({ ctx, input }) => confirmBooking(ctx.deps, ctx.principal, input)),

  cancel: memberProcedure
    .meta({
      description:
        "Cancels a booking: your own as a student, one on your slot as a teacher, any as an admin. A confirmed lesson " +
        "returns to the package when canceled more than the refund window (24 h by default) before it starts, and " +
        "always when a teacher or an admin cancels.",
      appCodes: ["not_found", "invalid_transition"],
    })
    .input(ZBookingRef.extend({ reason: z.string().trim().max(500).optional() }))
    .output(z.object({ id: ZId, status: z.literal("CANCELED"), refunded: z.boolean() }))
    .mutation(({ ctx, input }) => cancelBooking(ctx.deps, ctx.principal, input)),

  reschedule: studentProcedure
    .meta({
      description:
        "Moves your held or confirmed booking to another open slot in one step: the old one is canceled by the " +
        "refund rule and a new one with the same status is made. A retry returns the booking already made.",
      appCodes: ["not_found", "invalid_transition", "hold_expired", "slot_in_past", "slot_unavailable", "no_active_package"],
    })
    .input(ZBookingRef.extend({ newSlotId: ZId }))
    .output(z.object({ id: ZId, status: ZBookingStatus, rescheduledFromId: ZId, lessonId: ZId.nullable() }))
    .mutation(({ ctx, input }) => rescheduleBooking(ctx.deps, ctx.principal, input)),

  my: studentOrTeacherProcedure
    .meta({
      description:
        "Your bookings as a student, or the bookings on your slots as a teacher, newest first, a page at a time.",
    })
    .input(zPageInputOf({ status: ZBookingStatus.optional() }))
    .output(
      zPageOf(
        z.object({
          id: ZId,
          status: ZBookingStatus,
          holdExpiresAt: z.date(),
          packageId: ZId.nullable(),
          lessonId: ZId.nullable(),
          lessonReturned: z.boolean(),
          rescheduledFromId: ZId.nullable(),
          rescheduledToId: ZId.nullable(),
          createdAt: z.date(),
          studentName: z.string(),
          slot: z.object({ id: ZId, teacherId: ZId, teacherName: z.string(), startsAt: z.date(), endsAt: z.date() }),
        }),
      ),
    )
    .query(({ ctx, input }) => listMyBookings(ctx.deps, ctx.principal, input)),

  expireHolds: adminProcedure
    .meta({
      description:
        "Marks every hold past its expiry EXPIRED, so its slot opens again; the worker does the same on a schedule.",
    })
    .output(ZExpiredCount)
    .mutation(({ ctx }) => expireHolds(ctx.deps, ctx.principal, {})),
});
