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
import { adminProcedure, authedProcedure, procedureFor, studentProcedure } from "../../trpc/procedures.ts";
import { zBookingStatus, zId, zPage } from "../shared-schemas.ts";

const zBookingRef = z.object({ bookingId: zId });

export const bookingRouter = router({
  hold: studentProcedure
    .input(z.object({ slotId: zId, idempotencyKey: z.string().min(1).max(100).optional() }))
    // HOLD; a retry with the same key returns the booking as it is now.
    .output(z.object({ id: zId, status: zBookingStatus, slotId: zId, holdExpiresAt: z.date() }))
    .mutation(({ ctx, input }) => holdBooking(ctx.deps, ctx.principal, input)),

  confirm: studentProcedure
    .input(zBookingRef)
    .output(z.object({ id: zId, status: z.literal("CONFIRMED"), packageId: zId, lessonId: zId }))
    .mutation(({ ctx, input }) => confirmBooking(ctx.deps, ctx.principal, input)),

  cancel: authedProcedure
    .input(zBookingRef.extend({ reason: z.string().trim().max(500).optional() }))
    .output(z.object({ id: zId, status: z.literal("CANCELED"), refunded: z.boolean() }))
    .mutation(({ ctx, input }) => cancelBooking(ctx.deps, ctx.principal, input)),

  reschedule: studentProcedure
    .input(zBookingRef.extend({ newSlotId: zId }))
    .output(z.object({ id: zId, status: zBookingStatus, rescheduledFromId: zId, lessonId: zId.nullable() }))
    .mutation(({ ctx, input }) => rescheduleBooking(ctx.deps, ctx.principal, input)),

  my: procedureFor("STUDENT", "TEACHER")
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
    .output(z.object({ expired: z.number().int() }))
    .mutation(({ ctx }) => expireHolds(ctx.deps, ctx.principal, {})),
});
