import { recordLessonOutcome } from "@guitaronline/domain";
import { teacherProcedure } from "../../trpc/procedures.ts";
import { ZLessonsCompleteInput, ZLessonsCompleteOutput } from "./complete.types.ts";

export const lessonsComplete = teacherProcedure
  .meta({
    description:
      "Marks your lesson COMPLETED once it has begun, with notes if you like. Recording it again changes nothing. " +
      "A retry with the same idempotencyKey answers as the first request did.",
    appCodes: ["not_found", "invalid_transition", "idempotency_conflict"],
  })
  .input(ZLessonsCompleteInput)
  .output(ZLessonsCompleteOutput)
  .mutation(({ ctx, input }) => recordLessonOutcome(ctx.deps, ctx.principal, { ...input, outcome: "COMPLETED" }));
