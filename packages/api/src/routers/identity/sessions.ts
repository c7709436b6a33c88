import { changePassword, signOutEverywhere } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZIdRef } from "../shared-schemas.ts";
import { ZChangePasswordInput } from "./schemas.ts";

export const identityChangePassword = memberProcedure
  .meta({
    description:
      "Changes your password after checking the current one. Every session and token issued before ends, this one " +
      "included.",
    appCodes: ["invalid_credentials"],
  })
  .input(ZChangePasswordInput)
  .output(ZIdRef)
  .mutation(({ ctx, input }) => changePassword(ctx.deps, ctx.principal, input));

export const identitySignOutEverywhere = memberProcedure
  .meta({
    description: "Signs you out on every device and ends all your API tokens.",
  })
  .output(ZIdRef)
  .mutation(({ ctx }) => signOutEverywhere(ctx.deps, ctx.principal, { userId: ctx.principal.id }));
