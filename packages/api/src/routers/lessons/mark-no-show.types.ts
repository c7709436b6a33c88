import type { z } from "zod";
import { ZLessonsCompleteInput } from "./complete.types.ts";
import { ZLessonOutcome } from "./schemas.ts";

/** The same as completing: the lesson, and notes the student will read (why it did not happen). */
export const ZLessonsMarkNoShowInput = ZLessonsCompleteInput;
export const ZLessonsMarkNoShowOutput = ZLessonOutcome;

export type TLessonsMarkNoShowInput = z.input<typeof ZLessonsMarkNoShowInput>;
export type TLessonsMarkNoShowOutput = z.output<typeof ZLessonsMarkNoShowOutput>;
