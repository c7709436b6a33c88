import { listMyLessons } from "@guitaronline/domain";
import { studentOrTeacherProcedure } from "../../trpc/procedures.ts";
import { ZLessonsMyInput, ZLessonsMyOutput } from "./my.types.ts";

export const lessonsMy = studentOrTeacherProcedure
  .meta({
    description: "Your lessons as a student or a teacher, by start time, a page at a time.",
  })
  .input(ZLessonsMyInput)
  .output(ZLessonsMyOutput)
  .query(({ ctx, input }) => listMyLessons(ctx.deps, ctx.principal, input));
