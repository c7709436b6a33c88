import { listAllBookings } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZAdminBookingsInput, ZAdminBookingsOutput } from "./bookings.types.ts";

export const adminBookings = adminProcedure
  .meta({
    description:
      "Any booking in the school, newest first, a page at a time: by status, student, teacher and lesson start (`from` " +
      "inclusive, `to` exclusive).",
  })
  .input(ZAdminBookingsInput)
  .output(ZAdminBookingsOutput)
  .query(({ ctx, input }) => listAllBookings(ctx.deps, ctx.principal, input));
