import { getTeacher } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZTeachersGetInput, ZTeachersGetOutput } from "./get.types.ts";

export const teachersGet = memberProcedure
  .meta({
    description: "One teacher's page: name, bio, instruments and the time zone they teach in.",
    appCodes: ["not_found"],
  })
  .input(ZTeachersGetInput)
  .output(ZTeachersGetOutput)
  .query(({ ctx, input }) => getTeacher(ctx.deps, ctx.principal, input));
