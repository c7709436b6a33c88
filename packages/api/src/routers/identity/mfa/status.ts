import { mfaStatus } from "@guitaronline/domain";
import { memberProcedure } from "../../../trpc/procedures.ts";
import { ZIdentityMfaStatusOutput } from "./status.types.ts";

export const identityMfaStatus = memberProcedure
  .meta({
    description:
      "Whether two-factor sign-in is on for your account, how many recovery codes are left, and whether your role " +
      "requires it.",
  })
  .output(ZIdentityMfaStatusOutput)
  .query(async ({ ctx }) => ({
    ...(await mfaStatus(ctx.deps, ctx.principal)),
    required: ctx.principal.role === "ADMIN" && ctx.config.AUTH_REQUIRE_ADMIN_MFA,
  }));
