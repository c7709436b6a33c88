import { listTeachers } from "@guitaronline/domain";
import { publicProcedure } from "../../trpc/procedures.ts";
import { ZTeachersListInput, ZTeachersListOutput } from "./list.types.ts";

export const teachersList = publicProcedure
  .meta({
    description: "The school's teachers with their bio and instruments, by name, a page at a time.",
  })
  .input(ZTeachersListInput)
  .output(ZTeachersListOutput)
  .query(({ ctx, input }) => listTeachers(ctx.deps, ctx.principal ?? { ip: ctx.clientIp }, input));
