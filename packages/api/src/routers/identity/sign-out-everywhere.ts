import { signOutEverywhere } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZIdentitySignOutEverywhereOutput } from "./sign-out-everywhere.types.ts";

export const identitySignOutEverywhere = memberProcedure
  .meta({
    description: "Signs you out on every device and ends all your API tokens.",
  })
  .output(ZIdentitySignOutEverywhereOutput)
  .mutation(({ ctx }) => signOutEverywhere(ctx.deps, ctx.principal, { userId: ctx.principal.id }));
