import { z } from "zod";
import { idempotencyKeyField, ZId } from "../shared-schemas.ts";
import { ZLessonOutcome } from "./schemas.ts";

export const ZLessonsCompleteInput = z.object({
  lessonId: ZId,
  notes: z.string().trim().max(5_000).optional(),
  ...idempotencyKeyField,
});
export const ZLessonsCompleteOutput = ZLessonOutcome;

export type TLessonsCompleteInput = z.input<typeof ZLessonsCompleteInput>;
export type TLessonsCompleteOutput = z.output<typeof ZLessonsCompleteOutput>;
