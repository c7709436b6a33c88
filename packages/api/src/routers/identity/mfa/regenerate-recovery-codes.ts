import { regenerateRecoveryCodes } from "@guitaronline/domain";
import { memberProcedure } from "../../../trpc/procedures.ts";
import { ZIdentityMfaRecoveryCodesOutput } from "./confirm.types.ts";
import { secretBoxOf, spendMfaAttempt } from "./mfa-attempts.ts";
import { ZIdentityMfaRegenerateRecoveryCodesInput } from "./regenerate-recovery-codes.types.ts";

export const identityMfaRegenerateRecoveryCodes = memberProcedure
  .meta({
    description:
      "Ten new recovery codes for a current code from the authenticator app; the old ones stop working. Shown this " +
      "once. Code attempts are limited per account.",
    appCodes: ["invalid_mfa_code", "invalid_transition", "rate_limited", "temporarily_unavailable"],
  })
  .input(ZIdentityMfaRegenerateRecoveryCodesInput)
  .output(ZIdentityMfaRecoveryCodesOutput)
  .mutation(async ({ ctx, input }) => {
    await spendMfaAttempt(ctx);
    return regenerateRecoveryCodes(ctx.deps, ctx.principal, input, secretBoxOf(ctx.config));
  });
