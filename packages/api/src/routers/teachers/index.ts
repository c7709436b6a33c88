import { listTeachers, upsertTeacherProfile } from "@guitaronline/domain";
import { z } from "zod";
import { router } from "../../trpc/init.ts";
import { publicProcedure, teacherProcedure } from "../../trpc/procedures.ts";
import { ZId, ZTimeZone, zPageInputOf, zPageOf } from "../shared-schemas.ts";

const ZTeacher = z.object({
  id: ZId,
  name: z.string(),
  bio: z.string(),
  instruments: z.array(z.string()),
  timezone: z.string(),
});

export const teachersList = publicProcedure
  .meta({
    description: "The school's teachers with their bio and instruments, by name, a page at a time.",
  })
  .input(zPageInputOf())
  .output(zPageOf(ZTeacher))
  .query(({ ctx, input }) => listTeachers(ctx.deps, ctx.principal ?? { ip: ctx.clientIp }, input));

export const teachersUpsertMyProfile = teacherProcedure
  .meta({
    description: "Writes your public teacher profile. The time zone given is the one you publish slots in.",
  })
  .input(
    z.object({
      bio: z.string().trim().max(2_000),
      instruments: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
      timezone: ZTimeZone.optional(),
    }),
  )
  .output(z.object({ userId: ZId, bio: z.string(), instruments: z.array(z.string()), timezone: z.string() }))
  .mutation(({ ctx, input }) => upsertTeacherProfile(ctx.deps, ctx.principal, input));

export const teachersRouter = router({ list: teachersList, upsertMyProfile: teachersUpsertMyProfile });
