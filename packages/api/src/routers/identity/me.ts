import { authedProcedure } from "../../trpc/procedures.ts";
import { ZMeOutput } from "./schemas.ts";

export const identityMe = authedProcedure.output(ZMeOutput).query(({ ctx }) => ctx.principal);
