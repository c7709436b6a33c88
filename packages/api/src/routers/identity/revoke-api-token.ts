import { revokeApiToken } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZIdentityRevokeApiTokenInput, ZIdentityRevokeApiTokenOutput } from "./revoke-api-token.types.ts";

export const identityRevokeApiToken = memberProcedure
  .meta({
    description: "Revokes one of your API tokens; calls with it are refused from then on.",
    appCodes: ["not_found"],
  })
  .input(ZIdentityRevokeApiTokenInput)
  .output(ZIdentityRevokeApiTokenOutput)
  .mutation(({ ctx, input }) => revokeApiToken(ctx.deps, ctx.principal, input));
