import { createApiToken, listApiTokens, revokeApiToken } from "@guitaronline/domain";
import { z } from "zod";
import { authedProcedure } from "../../trpc/procedures.ts";
import { ZApiTokenSummary, ZCreateApiTokenInput, ZCreateApiTokenOutput, ZRevokeApiTokenInput } from "./schemas.ts";

export const identityCreateApiToken = authedProcedure
  .input(ZCreateApiTokenInput)
  .output(ZCreateApiTokenOutput)
  .mutation(({ ctx, input }) => createApiToken(ctx.deps, ctx.principal, input));

export const identityApiTokens = authedProcedure
  .output(z.array(ZApiTokenSummary))
  .query(({ ctx }) => listApiTokens(ctx.deps, ctx.principal, {}));

export const identityRevokeApiToken = authedProcedure
  .input(ZRevokeApiTokenInput)
  .output(z.object({ id: z.uuid(), revokedAt: z.date().nullable() }))
  .mutation(({ ctx, input }) => revokeApiToken(ctx.deps, ctx.principal, input));
