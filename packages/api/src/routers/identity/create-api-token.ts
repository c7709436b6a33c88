import { createApiToken } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZIdentityCreateApiTokenInput, ZIdentityCreateApiTokenOutput } from "./create-api-token.types.ts";

export const identityCreateApiToken = memberProcedure
  .meta({
    description:
      "Creates a personal API token for scripts and other programs. The token is in this answer only: keep it.",
  })
  .input(ZIdentityCreateApiTokenInput)
  .output(ZIdentityCreateApiTokenOutput)
  .mutation(({ ctx, input }) => createApiToken(ctx.deps, ctx.principal, input));
