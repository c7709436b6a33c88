import { changePassword } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZIdentityChangePasswordInput, ZIdentityChangePasswordOutput } from "./change-password.types.ts";

export const identityChangePassword = memberProcedure
  .meta({
    description:
      "Changes your password after checking the current one. Every session and token issued before ends, this one " +
      "included.",
    appCodes: ["invalid_credentials"],
  })
  .input(ZIdentityChangePasswordInput)
  .output(ZIdentityChangePasswordOutput)
  .mutation(({ ctx, input }) => changePassword(ctx.deps, ctx.principal, input));
