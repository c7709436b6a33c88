import type { z } from "zod";
import { zPageInputOf, zPageOf } from "../shared-schemas.ts";
import { ZLessonSummary } from "./schemas.ts";

export const ZLessonsMyInput = zPageInputOf();
export const ZLessonsMyOutput = zPageOf(ZLessonSummary);

export type TLessonsMyInput = z.input<typeof ZLessonsMyInput>;
export type TLessonsMyOutput = z.output<typeof ZLessonsMyOutput>;
