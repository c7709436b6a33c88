import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

export const ZLessonStatus = z.enum(["SCHEDULED", "COMPLETED", "NO_SHOW", "CANCELED"]);

/** A lesson as its student and its teacher see it in their lists. */
export const ZLessonSummary = z.object({
  id: ZId,
  bookingId: ZId,
  status: ZLessonStatus,
  startsAt: z.date(),
  endsAt: z.date(),
  notes: z.string().nullable(),
  teacherId: ZId,
  teacherName: z.string(),
  studentId: ZId,
  studentName: z.string(),
});

/** What recording a lesson's outcome answers with. */
export const ZLessonOutcome = z.object({ id: ZId, status: ZLessonStatus });

export type TLessonStatus = z.output<typeof ZLessonStatus>;
export type TLessonSummary = z.output<typeof ZLessonSummary>;
export type TLessonOutcome = z.output<typeof ZLessonOutcome>;
