import { createApiToken, listApiTokens, revokeApiToken } from "@guitaronline/domain";
import { z } from "zod";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZId } from "../shared-schemas.ts";
import { ZApiTokenSummary, ZCreateApiTokenInput, ZCreateApiTokenOutput, ZRevokeApiTokenInput } from "./schemas.ts";

export const identityCreateApiToken = memberProcedure
  .meta({
    description:
      "Creates a personal API token for scripts and other programs. The token is in this answer only: keep it.",
  })
  .input(ZCreateApiTokenInput)
  .output(ZCreateApiTokenOutput)
  .mutation(({ ctx, input }) => createApiToken(ctx.deps, ctx.principal, input));

export const identityApiTokens = memberProcedure
  .meta({
    description: "Your personal API tokens, newest first (their names and prefixes, never the tokens).",
  })
  .output(z.array(ZApiTokenSummary))
  .query(({ ctx }) => listApiTokens(ctx.deps, ctx.principal, {}));

export const identityRevokeApiToken = memberProcedure
  .meta({
    description: "Revokes one of your API tokens; calls with it are refused from then on.",
    appCodes: ["not_found"],
  })
  .input(ZRevokeApiTokenInput)
  .output(z.object({ id: ZId, revokedAt: z.date().nullable() }))
  .mutation(({ ctx, input }) => revokeApiToken(ctx.deps, ctx.principal, input));
