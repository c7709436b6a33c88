import { z } from "zod";
import { ZBookingStatus, ZId, zPageInputOf, zPageOf } from "../shared-schemas.ts";

export const ZSchedulingMySlotsInput = zPageInputOf({
  from: z.date().optional(),
  to: z.date().optional(),
});
export const ZSchedulingMySlotsOutput = zPageOf(
  z.object({
    id: ZId,
    startsAt: z.date(),
    endsAt: z.date(),
    /** The booking that takes the slot now (a live hold or a confirmed lesson), or null when it is free. */
    booking: z
      .object({ id: ZId, status: ZBookingStatus, holdExpiresAt: z.date(), studentName: z.string() })
      .nullable(),
  }),
);

export type TSchedulingMySlotsInput = z.input<typeof ZSchedulingMySlotsInput>;
export type TSchedulingMySlotsOutput = z.output<typeof ZSchedulingMySlotsOutput>;
