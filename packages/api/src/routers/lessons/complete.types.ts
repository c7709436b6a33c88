import { z } from "zod";
import { ZId } from "../shared-schemas.ts";
import { ZLessonOutcome } from "./schemas.ts";

export const ZLessonsCompleteInput = z.object({ lessonId: ZId, notes: z.string().trim().max(5_000).optional() });
export const ZLessonsCompleteOutput = ZLessonOutcome;

export type TLessonsCompleteInput = z.input<typeof ZLessonsCompleteInput>;
export type TLessonsCompleteOutput = z.output<typeof ZLessonsCompleteOutput>;
