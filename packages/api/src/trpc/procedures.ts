import type { Role } from "@guitaronline/db";
import { hasMfaEnabled, MfaRequired, type Principal } from "@guitaronline/domain";
import { TRPCError } from "@trpc/server";
import { publicProcedure } from "./init.ts";

export { publicProcedure };

/** Signed in, by session or API token; the principal is non-null from here on. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.principal) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { ...ctx, principal: ctx.principal } });
}).meta({ access: "signed-in" });

/** A teacher counts as a teacher only once an admin has approved them. */
function refusalFor(principal: Principal, roles: readonly Role[]): string | undefined {
  if (!roles.includes(principal.role)) return `Only ${roles.map((role) => role.toLowerCase()).join("s or ")}s can do this.`;
  if (principal.role === "TEACHER" && !principal.teacherApproved) {
    return "Your teacher account is waiting for an admin's approval.";
  }
  return undefined;
}

/**
 * Callable by the given roles only; anyone else signed in is FORBIDDEN. With AUTH_REQUIRE_ADMIN_MFA
 * an admin without two-factor sign-in is FORBIDDEN too (`mfa_required`) until they turn it on in
 * their account page, which only needs signed-in procedures.
 */
export const procedureFor = (...roles: Role[]) =>
  authedProcedure.use(async ({ ctx, next }) => {
    const refusal = refusalFor(ctx.principal, roles);
    if (refusal) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
    if (ctx.principal.role === "ADMIN" && ctx.config.AUTH_REQUIRE_ADMIN_MFA && !(await hasMfaEnabled(ctx.deps, ctx.principal.id))) {
      throw new MfaRequired("Turn on two-factor sign-in in your account page first: admins need it here.");
    }
    return next();
  }).meta({ access: roles });

export const studentProcedure = procedureFor("STUDENT");
export const teacherProcedure = procedureFor("TEACHER");
export const adminProcedure = procedureFor("ADMIN");
