import { listMyBookings } from "@guitaronline/domain";
import { studentOrTeacherProcedure } from "../../trpc/procedures.ts";
import { ZBookingMyInput, ZBookingMyOutput } from "./my.types.ts";

export const bookingMy = studentOrTeacherProcedure
  .meta({
    description:
      "Your bookings as a student, or the bookings on your slots as a teacher, newest first, a page at a time.",
  })
  .input(ZBookingMyInput)
  .output(ZBookingMyOutput)
  .query(({ ctx, input }) => listMyBookings(ctx.deps, ctx.principal, input));
