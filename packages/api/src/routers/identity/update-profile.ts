import { updateProfile } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZIdentityUpdateProfileInput, ZIdentityUpdateProfileOutput } from "./update-profile.types.ts";

export const identityUpdateProfile = memberProcedure
  .meta({
    description:
      "Changes your name, language (en or ru: the portal and your e-mails speak it) or time zone (times are shown " +
      "and e-mailed in it); fields left out stay. Answers like identity.me. " +
      "A retry with the same idempotencyKey answers as the first request did.",
    appCodes: ["idempotency_conflict"],
  })
  .input(ZIdentityUpdateProfileInput)
  .output(ZIdentityUpdateProfileOutput)
  .mutation(({ ctx, input }) => updateProfile(ctx.deps, ctx.principal, input));
