import type { Role } from "@guitaronline/db";
import { TRPCError } from "@trpc/server";
import { publicProcedure, t } from "./init.ts";

export { publicProcedure };

/** Signed in, by session or API token; the principal is non-null from here on. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.principal) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { ...ctx, principal: ctx.principal } });
});

const roleGuard = (role: Role, refusal: string) =>
  t.middleware(({ ctx, next }) => {
    if (ctx.principal?.role !== role) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
    return next();
  });

export const studentProcedure = authedProcedure.use(roleGuard("STUDENT", "Only students can do this."));

/** Teachers an admin has approved; a teacher awaiting approval is FORBIDDEN here. */
export const teacherProcedure = authedProcedure
  .use(roleGuard("TEACHER", "Only teachers can do this."))
  .use(({ ctx, next }) => {
    if (!ctx.principal?.teacherApproved) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your teacher account is waiting for an admin's approval." });
    }
    return next();
  });

export const adminProcedure = authedProcedure.use(roleGuard("ADMIN", "Only admins can do this."));
