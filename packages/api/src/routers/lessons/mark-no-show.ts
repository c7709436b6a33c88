import { recordLessonOutcome } from "@guitaronline/domain";
import { teacherProcedure } from "../../trpc/procedures.ts";
import { ZLessonsMarkNoShowInput, ZLessonsMarkNoShowOutput } from "./mark-no-show.types.ts";

export const lessonsMarkNoShow = teacherProcedure
  .meta({
    description:
      "Marks your lesson as a no-show once it has begun, with notes if you like. Recording it again changes nothing. " +
      "A retry with the same idempotencyKey answers as the first request did.",
    appCodes: ["not_found", "invalid_transition", "idempotency_conflict"],
  })
  .input(ZLessonsMarkNoShowInput)
  .output(ZLessonsMarkNoShowOutput)
  .mutation(({ ctx, input }) => recordLessonOutcome(ctx.deps, ctx.principal, { ...input, outcome: "NO_SHOW" }));
