import { setUserDisabled } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZAdminSetUserDisabledInput, ZAdminSetUserDisabledOutput } from "./set-user-disabled.types.ts";

export const adminSetUserDisabled = adminProcedure
  .meta({
    description:
      "Disables a user, whose sessions and tokens end at once and who cannot sign in, or enables them again. An " +
      "admin cannot disable themselves.",
    appCodes: ["not_found", "forbidden"],
  })
  .input(ZAdminSetUserDisabledInput)
  .output(ZAdminSetUserDisabledOutput)
  .mutation(({ ctx, input }) => setUserDisabled(ctx.deps, ctx.principal, input));
