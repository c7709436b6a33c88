import type { User } from "@guitaronline/db";
import type { Principal } from "@guitaronline/domain";

/** A user row as the use-cases see a signed-in caller. */
export function principalOf(user: User): Principal {
  const { id, email, name, role, teacherApproved, locale, timezone } = user;
  return { id, email, name, role, teacherApproved, locale, timezone };
}
