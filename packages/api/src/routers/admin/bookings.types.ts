import { z } from "zod";
import { ZBookingStatus, ZId, zPageInputOf, zPageOf } from "../shared-schemas.ts";
import { ZSlot } from "../scheduling/schemas.ts";

export const ZAdminBookingsInput = zPageInputOf({
  status: ZBookingStatus.optional(),
  studentId: ZId.optional(),
  teacherId: ZId.optional(),
  from: z.date().optional(),
  to: z.date().optional(),
});
export const ZAdminBooking = z.object({
  id: ZId,
  status: ZBookingStatus,
  slot: ZSlot,
  studentId: ZId,
  studentName: z.string(),
  teacherId: ZId,
  teacherName: z.string(),
  packageId: ZId.nullable(),
  lesson: z.object({ id: ZId, status: z.enum(["SCHEDULED", "COMPLETED", "NO_SHOW", "CANCELED"]) }).nullable(),
  cancelReason: z.string().nullable(),
  lessonReturned: z.boolean(),
  createdAt: z.date(),
});
export const ZAdminBookingsOutput = zPageOf(ZAdminBooking);
export type TAdminBookingsInput = z.infer<typeof ZAdminBookingsInput>;
export type TAdminBookingsOutput = z.infer<typeof ZAdminBookingsOutput>;
