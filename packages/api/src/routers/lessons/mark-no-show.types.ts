import { z } from "zod";
import { ZId } from "../shared-schemas.ts";
import { ZLessonOutcome } from "./schemas.ts";

export const ZLessonsMarkNoShowInput = z.object({ lessonId: ZId });
export const ZLessonsMarkNoShowOutput = ZLessonOutcome;

export type TLessonsMarkNoShowInput = z.input<typeof ZLessonsMarkNoShowInput>;
export type TLessonsMarkNoShowOutput = z.output<typeof ZLessonsMarkNoShowOutput>;
