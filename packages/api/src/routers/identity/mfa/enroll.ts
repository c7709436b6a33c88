import { enrollMfa } from "@guitaronline/domain";
import { memberProcedure } from "../../../trpc/procedures.ts";
import { ZIdentityMfaEnrollOutput } from "./enroll.types.ts";
import { secretBoxOf } from "./mfa-attempts.ts";

export const identityMfaEnroll = memberProcedure
  .meta({
    description:
      "Starts turning on two-factor sign-in: a new authenticator secret, its otpauth URL and QR code. Nothing changes " +
      "at sign-in until identity.mfa.confirm; calling it again replaces the secret.",
    appCodes: ["invalid_transition"],
  })
  .output(ZIdentityMfaEnrollOutput)
  .mutation(({ ctx }) => enrollMfa(ctx.deps, ctx.principal, secretBoxOf(ctx.config)));
