import { listMyLessons, recordLessonOutcome } from "@guitaronline/domain";
import { z } from "zod";
import { router } from "../../trpc/init.ts";
import { studentOrTeacherProcedure, teacherProcedure } from "../../trpc/procedures.ts";
import { zId, zPage } from "../shared-schemas.ts";

const zLessonStatus = z.enum(["SCHEDULED", "COMPLETED", "NO_SHOW", "CANCELED"]);
const zOutcome = z.object({ id: zId, status: zLessonStatus });

export const lessonsRouter = router({
  my: studentOrTeacherProcedure
    .meta({
      description: "Your lessons as a student or a teacher, by start time, a page at a time.",
    })
    .input(z.object(zPage).default({ limit: 20 }))
    .output(
      z.object({
        items: z.array(
          z.object({
            id: zId,
            bookingId: zId,
            status: zLessonStatus,
            startsAt: z.date(),
            endsAt: z.date(),
            notes: z.string().nullable(),
            teacherId: zId,
            teacherName: z.string(),
            studentId: zId,
            studentName: z.string(),
          }),
        ),
        nextCursor: zId.nullable(),
      }),
    )
    .query(({ ctx, input }) => listMyLessons(ctx.deps, ctx.principal, input)),

  complete: teacherProcedure
    .meta({
      description:
        "Marks your lesson COMPLETED once it has begun, with notes if you like. Recording it again changes nothing.",
      appCodes: ["not_found", "invalid_transition"],
    })
    .input(z.object({ lessonId: zId, notes: z.string().trim().max(5_000).optional() }))
    .output(zOutcome)
    .mutation(({ ctx, input }) => recordLessonOutcome(ctx.deps, ctx.principal, { ...input, outcome: "COMPLETED" })),

  markNoShow: teacherProcedure
    .meta({
      description: "Marks your lesson as a no-show once it has begun. Recording it again changes nothing.",
      appCodes: ["not_found", "invalid_transition"],
    })
    .input(z.object({ lessonId: zId }))
    .output(zOutcome)
    .mutation(({ ctx, input }) => recordLessonOutcome(ctx.deps, ctx.principal, { ...input, outcome: "NO_SHOW" })),
});
