import { registerUser } from "@guitaronline/domain";
import { publicProcedure } from "../../trpc/procedures.ts";
import { ZIdentityRegisterInput, ZIdentityRegisterOutput } from "./register.types.ts";

export const identityRegister = publicProcedure
  .meta({
    description:
      "Creates a student account, or a teacher account that can publish slots once an admin approves it. Limited per " +
      "client IP.",
    appCodes: ["email_taken", "rate_limited", "temporarily_unavailable"],
  })
  .input(ZIdentityRegisterInput)
  .output(ZIdentityRegisterOutput)
  .mutation(async ({ ctx, input }) => {
    await ctx.rateLimits.registration(ctx.clientIp);
    return registerUser(ctx.deps, { ip: ctx.clientIp }, input);
  });
