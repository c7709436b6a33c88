import { confirmMfa } from "@guitaronline/domain";
import { memberProcedure } from "../../../trpc/procedures.ts";
import { ZIdentityMfaConfirmInput, ZIdentityMfaRecoveryCodesOutput } from "./confirm.types.ts";
import { secretBoxOf, spendMfaAttempt } from "./mfa-attempts.ts";

export const identityMfaConfirm = memberProcedure
  .meta({
    description:
      "Turns two-factor sign-in on with a first code from the authenticator app set up by identity.mfa.enroll. " +
      "Answers ten recovery codes, shown this once. Code attempts are limited per account.",
    appCodes: ["invalid_mfa_code", "invalid_transition", "rate_limited", "temporarily_unavailable"],
  })
  .input(ZIdentityMfaConfirmInput)
  .output(ZIdentityMfaRecoveryCodesOutput)
  .mutation(async ({ ctx, input }) => {
    await spendMfaAttempt(ctx);
    return confirmMfa(ctx.deps, ctx.principal, input, secretBoxOf(ctx.config));
  });
