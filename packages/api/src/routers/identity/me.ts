import { memberProcedure } from "../../trpc/procedures.ts";
import { ZIdentityMeOutput } from "./me.types.ts";

export const identityMe = memberProcedure
  .meta({
    description: "Who you are: id, e-mail, name, role, language and time zone.",
  })
  .output(ZIdentityMeOutput)
  .query(({ ctx }) => ctx.principal);
