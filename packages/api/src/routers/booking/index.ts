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
import { zBookingStatus, zId, zPage } from "../shared-schemas.ts";

const zBookingRef = z.object({ bookingId: zId });

export const bookingRouter = router({
  hold: studentProcedure
    .meta({
      description:
        "Holds an open slot for you while you decide (10 minutes by default); nothing is taken from your package yet. " +
        "A retry with the same idempotencyKey returns the booking as it is now.",
      appCodes: ["not_found", "slot_in_past", "no_active_package", "slot_unavailable"],
    })
    .input(z.object({ slotId: zId, idempotencyKey: z.string().min(1).max(100).optional() }))
    .output(z.object({ id: zId, status: zBookingStatus, slotId: zId, holdExpiresAt: z.date() }))
    .mutation(({ ctx, input }) => holdBooking(ctx.deps, ctx.principal, input)),

  confirm: studentProcedure
    .meta({
      description:
        "Books the lesson you hold: one lesson is taken from your package that expires soonest. Confirming a " +
        "confirmed booking returns it unchanged.",
      appCodes: ["not_found", "invalid_transition", "hold_expired", "no_active_package"],
    })
    .input(zBookingRef)
    .output(z.object({ id: zId, status: z.literal("CONFIRMED"), packageId: zId, lessonId: zId }))
    .mutation(({ ctx, input }) => confirmBooking(ctx.deps, ctx.principal, input)),

  cancel: memberProcedure
    .meta({
      description:
        "Cancels a booking: your own as a student, one on your slot as a teacher, any as an admin. A confirmed lesson " +
        "returns to the package when canceled more than the refund window (24 h by default) before it starts, and " +
        "always when a teacher or an admin cancels.",
      appCodes: ["not_found", "invalid_transition"],
    })
    .input(zBookingRef.extend({ reason: z.string().trim().max(500).optional() }))
    .output(z.object({ id: zId, status: z.literal("CANCELED"), refunded: z.boolean() }))
    .mutation(({ ctx, input }) => cancelBooking(ctx.deps, ctx.principal, input)),

  reschedule: studentProcedure
    .meta({
      description:
        "Moves your held or confirmed booking to another open slot in one step: the old one is canceled by the " +
        "refund rule and a new one with the same status is made. A retry returns the booking already made.",
      appCodes: ["not_found", "invalid_transition", "hold_expired", "slot_in_past", "slot_unavailable", "no_active_package"],
    })
    .input(zBookingRef.extend({ newSlotId: zId }))
    .output(z.object({ id: zId, status: zBookingStatus, rescheduledFromId: zId, lessonId: zId.nullable() }))
    .mutation(({ ctx, input }) => rescheduleBooking(ctx.deps, ctx.principal, input)),

  my: studentOrTeacherProcedure
    .meta({
      description:
        "Your bookings as a student, or the bookings on your slots as a teacher, newest first, a page at a time.",
    })
    .input(z.object({ status: zBookingStatus.optional(), ...zPage }).default({ limit: 20 }))
    .output(
      z.object({
        items: z.array(
          z.object({
            id: zId,
            status: zBookingStatus,
            holdExpiresAt: z.date(),
            packageId: zId.nullable(),
            lessonId: zId.nullable(),
            lessonReturned: z.boolean(),
            rescheduledFromId: zId.nullable(),
            rescheduledToId: zId.nullable(),
            createdAt: z.date(),
            studentName: z.string(),
            slot: z.object({ id: zId, teacherId: zId, teacherName: z.string(), startsAt: z.date(), endsAt: z.date() }),
          }),
        ),
        nextCursor: zId.nullable(),
      }),
    )
    .query(({ ctx, input }) => listMyBookings(ctx.deps, ctx.principal, input)),

  expireHolds: adminProcedure
    .meta({
      description:
        "Marks every hold past its expiry EXPIRED, so its slot opens again; the worker does the same on a schedule.",
    })
    .output(z.object({ expired: z.number().int() }))
    .mutation(({ ctx }) => expireHolds(ctx.deps, ctx.principal, {})),
});
