import { upsertTeacherProfile } from "@guitaronline/domain";
import { teacherProcedure } from "../../trpc/procedures.ts";
import { ZTeachersUpsertMyProfileInput, ZTeachersUpsertMyProfileOutput } from "./upsert-my-profile.types.ts";

export const teachersUpsertMyProfile = teacherProcedure
  .meta({
    description:
      "Writes your public teacher profile. The time zone given is the one you publish slots in. " +
      "A retry with the same idempotencyKey answers as the first request did.",
    appCodes: ["idempotency_conflict"],
  })
  .input(ZTeachersUpsertMyProfileInput)
  .output(ZTeachersUpsertMyProfileOutput)
  .mutation(({ ctx, input }) => upsertTeacherProfile(ctx.deps, ctx.principal, input));
