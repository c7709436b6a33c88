import { registerUser } from "@guitaronline/domain";
import { publicProcedure } from "../../trpc/procedures.ts";
import { ZRegisterInput, ZRegisterOutput } from "./schemas.ts";

export const identityRegister = publicProcedure
  .input(ZRegisterInput)
  .output(ZRegisterOutput)
  .mutation(async ({ ctx, input }) => {
    await ctx.rateLimits.registration(ctx.clientIp);
    return registerUser(ctx.deps, { ip: ctx.clientIp }, input);
  });
