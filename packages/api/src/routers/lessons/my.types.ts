import { z } from "zod";
import { zPageInputOf, zPageOf } from "../shared-schemas.ts";
import { ZLessonSummary } from "./schemas.ts";

export const ZLessonsMyInput = zPageInputOf({
  /** Lessons starting at or after this time. */
  from: z.date().optional(),
  /** Lessons starting before this time. */
  to: z.date().optional(),
  order: z.enum(["asc", "desc"]).optional(),
}).refine(({ from, to }) => !from || !to || from <= to, { message: "from must not be after to", path: ["to"] });
export const ZLessonsMyOutput = zPageOf(ZLessonSummary);

export type TLessonsMyInput = z.input<typeof ZLessonsMyInput>;
export type TLessonsMyOutput = z.output<typeof ZLessonsMyOutput>;
