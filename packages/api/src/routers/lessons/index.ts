import { listMyLessons, recordLessonOutcome } from "@guitaronline/domain";
import { z } from "zod";
import { router } from "../../trpc/init.ts";
import { studentOrTeacherProcedure, teacherProcedure } from "../../trpc/procedures.ts";
import { ZId, zPageInputOf, zPageOf } from "../shared-schemas.ts";

const ZLessonStatus = z.enum(["SCHEDULED", "COMPLETED", "NO_SHOW", "CANCELED"]);
const ZLessonOutcome = z.object({ id: ZId, status: ZLessonStatus });

export const lessonsRouter = router({
  my: studentOrTeacherProcedure
    .meta({
      description: "Your lessons as a student or a teacher, by start time, a page at a time.",
    })
    .input(zPageInputOf())
    .output(
      zPageOf(
        z.object({
          id: ZId,
          bookingId: ZId,
          status: ZLessonStatus,
          startsAt: z.date(),
          endsAt: z.date(),
          notes: z.string().nullable(),
          teacherId: ZId,
          teacherName: z.string(),
          studentId: ZId,
          studentName: z.string(),
        }),
      ),
    )
    .query(({ ctx, input }) => listMyLessons(ctx.deps, ctx.principal, input)),

  complete: teacherProcedure
    .meta({
      description:
        "Marks your lesson COMPLETED once it has begun, with notes if you like. Recording it again changes nothing.",
      appCodes: ["not_found", "invalid_transition"],
    })
    .input(z.object({ lessonId: ZId, notes: z.string().trim().max(5_000).optional() }))
    .output(ZLessonOutcome)
    .mutation(({ ctx, input }) => recordLessonOutcome(ctx.deps, ctx.principal, { ...input, outcome: "COMPLETED" })),

  markNoShow: teacherProcedure
    .meta({
      description: "Marks your lesson as a no-show once it has begun. Recording it again changes nothing.",
      appCodes: ["not_found", "invalid_transition"],
    })
    .input(z.object({ lessonId: ZId }))
    .output(ZLessonOutcome)
    .mutation(({ ctx, input }) => recordLessonOutcome(ctx.deps, ctx.principal, { ...input, outcome: "NO_SHOW" })),
});
