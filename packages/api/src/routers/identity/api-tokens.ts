import { listApiTokens } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZIdentityApiTokensOutput } from "./api-tokens.types.ts";

export const identityApiTokens = memberProcedure
  .meta({
    description: "Your personal API tokens, newest first (their names and prefixes, never the tokens).",
  })
  .output(ZIdentityApiTokensOutput)
  .query(({ ctx }) => listApiTokens(ctx.deps, ctx.principal, {}));
