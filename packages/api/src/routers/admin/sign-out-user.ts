import { signOutEverywhere } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZAdminSignOutUserInput, ZAdminSignOutUserOutput } from "./sign-out-user.types.ts";

export const adminSignOutUser = adminProcedure
  .meta({
    description: "Ends every session and API token of a user.",
    appCodes: ["not_found"],
  })
  .input(ZAdminSignOutUserInput)
  .output(ZAdminSignOutUserOutput)
  .mutation(({ ctx, input }) => signOutEverywhere(ctx.deps, ctx.principal, input));
