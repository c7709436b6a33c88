import { listMyLessons } from "@guitaronline/domain";
import { studentOrTeacherProcedure } from "../../trpc/procedures.ts";
import { ZLessonsMyInput, ZLessonsMyOutput } from "./my.types.ts";

export const lessonsMy = studentOrTeacherProcedure
  .meta({
    description:
      "Your lessons as a student or a teacher, by start time, a page at a time: soonest first, or latest first with " +
      'order "desc". from and to keep the lessons starting in [from, to).',
  })
  .input(ZLessonsMyInput)
  .output(ZLessonsMyOutput)
  .query(({ ctx, input }) => listMyLessons(ctx.deps, ctx.principal, input));
