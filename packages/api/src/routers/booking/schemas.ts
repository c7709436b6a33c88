import { z } from "zod";
import { ZBookingStatus, ZId } from "../shared-schemas.ts";

/** The booking a call acts on. */
export const ZBookingRef = z.object({ bookingId: ZId });

/** A booking as its student and its teacher see it in their lists. */
export const ZBookingSummary = z.object({
  id: ZId,
  status: ZBookingStatus,
  holdExpiresAt: z.date(),
  packageId: ZId.nullable(),
  lessonId: ZId.nullable(),
  lessonReturned: z.boolean(),
  rescheduledFromId: ZId.nullable(),
  rescheduledToId: ZId.nullable(),
  createdAt: z.date(),
  /** Until when a student's cancel of the confirmed lesson gives it back to the package. */
  refundDeadline: z.date(),
  /** Whether canceling now, by you, gives the lesson back: false for anything but a confirmed booking. */
  willReturnLesson: z.boolean(),
  studentName: z.string(),
  slot: z.object({ id: ZId, teacherId: ZId, teacherName: z.string(), startsAt: z.date(), endsAt: z.date() }),
});

export type TBookingSummary = z.output<typeof ZBookingSummary>;
