import type { Role } from "@guitaronline/db";
import { hasMfaEnabled, MfaRequired, type Principal } from "@guitaronline/domain";
import { TRPCError } from "@trpc/server";
import { publicProcedure } from "./init.ts";

// The guards every procedure is built on, each named once here. Each declares `access` for the
// developer reference; the procedure adds its description. Ownership ("is this your booking?")
// is the use-case's to check, where the row is read.

export { publicProcedure };

/** Any signed-in user, by session or API token; the principal is non-null from here on. */
export const memberProcedure = publicProcedure.use(({ ctx, next }) => {
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
const guardFor = (...roles: Role[]) =>
  memberProcedure.use(async ({ ctx, next }) => {
    const refusal = refusalFor(ctx.principal, roles);
    if (refusal) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
    if (ctx.principal.role === "ADMIN" && ctx.config.AUTH_REQUIRE_ADMIN_MFA && !(await hasMfaEnabled(ctx.deps, ctx.principal.id))) {
      throw new MfaRequired("Turn on two-factor sign-in in your account page first: admins need it here.");
    }
    return next();
  }).meta({ access: roles });

export const studentProcedure = guardFor("STUDENT");
export const teacherProcedure = guardFor("TEACHER");
export const adminProcedure = guardFor("ADMIN");
/** The school's staff: a teacher or an admin. */
export const staffProcedure = guardFor("TEACHER", "ADMIN");
/** Either side of a lesson: a student or a teacher. */
export const studentOrTeacherProcedure = guardFor("STUDENT", "TEACHER");
