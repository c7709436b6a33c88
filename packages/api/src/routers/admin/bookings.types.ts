import { z } from "zod";
import { zBookingStatus, zId, zPage, zSlot } from "../shared-schemas.ts";

export const ZAdminBookingsInput = z
  .object({
    status: zBookingStatus.optional(),
    studentId: zId.optional(),
    teacherId: zId.optional(),
    from: z.date().optional(),
    to: z.date().optional(),
    ...zPage,
  })
  .default({ limit: 20 });
export const ZAdminBooking = z.object({
  id: zId,
  status: zBookingStatus,
  slot: zSlot,
  studentId: zId,
  studentName: z.string(),
  teacherId: zId,
  teacherName: z.string(),
  packageId: zId.nullable(),
  lesson: z.object({ id: zId, status: z.enum(["SCHEDULED", "COMPLETED", "NO_SHOW", "CANCELED"]) }).nullable(),
  cancelReason: z.string().nullable(),
  lessonReturned: z.boolean(),
  createdAt: z.date(),
});
export const ZAdminBookingsOutput = z.object({ items: z.array(ZAdminBooking), nextCursor: zId.nullable() });
export type TAdminBookingsInput = z.infer<typeof ZAdminBookingsInput>;
export type TAdminBookingsOutput = z.infer<typeof ZAdminBookingsOutput>;
