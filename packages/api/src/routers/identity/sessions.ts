import { changePassword, signOutEverywhere } from "@guitaronline/domain";
import { authedProcedure } from "../../trpc/procedures.ts";
import { ZChangePasswordInput, ZUserRef } from "./schemas.ts";

export const identityChangePassword = authedProcedure
  .input(ZChangePasswordInput)
  .output(ZUserRef)
  .mutation(({ ctx, input }) => changePassword(ctx.deps, ctx.principal, input));

export const identitySignOutEverywhere = authedProcedure
  .output(ZUserRef)
  .mutation(({ ctx }) => signOutEverywhere(ctx.deps, ctx.principal, { userId: ctx.principal.id }));
