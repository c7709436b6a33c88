import { memberProcedure } from "../../trpc/procedures.ts";
import { ZMeOutput } from "./schemas.ts";

export const identityMe = memberProcedure
  .meta({
    description: "Who you are: id, e-mail, name, role, language and time zone.",
  })
  .output(ZMeOutput)
  .query(({ ctx }) => ctx.principal);
