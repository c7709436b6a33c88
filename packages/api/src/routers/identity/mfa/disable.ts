import { disableMfa } from "@guitaronline/domain";
import { memberProcedure } from "../../../trpc/procedures.ts";
import { ZIdentityMfaDisableInput, ZIdentityMfaDisableOutput } from "./disable.types.ts";
import { secretBoxOf, spendMfaAttempt } from "./mfa-attempts.ts";

export const identityMfaDisable = memberProcedure
  .meta({
    description:
      "Turns two-factor sign-in off. Needs your password and a code from the authenticator app or a recovery code. " +
      "Code attempts are limited per account.",
    appCodes: ["invalid_mfa_code", "invalid_credentials", "invalid_transition", "rate_limited", "temporarily_unavailable"],
  })
  .input(ZIdentityMfaDisableInput)
  .output(ZIdentityMfaDisableOutput)
  .mutation(async ({ ctx, input }) => {
    await spendMfaAttempt(ctx);
    return disableMfa(ctx.deps, ctx.principal, input, secretBoxOf(ctx.config));
  });
