import type { DomainDeps } from "../deps.ts";
import { InvalidCredentials } from "../errors.ts";
import { record } from "../events/record.ts";
import type { Visitor } from "./actor.ts";
import { normaliseEmail } from "./email.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { principalFields, type Principal } from "./principal.ts";

// Checked against when the e-mail is unknown, so the answer takes as long either way.
const unknownUserHash = hashPassword("no such user: the timing must not tell");

export interface Authenticated extends Principal {
  sessionVersion: number;
}

/**
 * Sign-in's credential check. Wrong e-mail, wrong password and disabled account all give the
 * same InvalidCredentials, so the answer never tells which half was wrong. Both outcomes are
 * audited.
 */
export async function authenticate(
  deps: DomainDeps,
  visitor: Visitor,
  credentials: { email: string; password: string },
): Promise<Authenticated> {
  const email = normaliseEmail(credentials.email);
  const user = await deps.db.user.findUnique({
    where: { email },
    select: { ...principalFields, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await unknownUserHash), credentials.password);
  const ip = visitor.ip ? { ip: visitor.ip } : {};
  if (!user || !passwordMatches || user.disabledAt) {
    const reason = !user ? "unknown_email" : !passwordMatches ? "wrong_password" : "disabled";
    await record(deps.db, {
      actor: visitor,
      entity: { type: "user", id: user?.id ?? "unknown" },
      audit: "identity.sign_in_failed",
      metadata: { email, reason, ...ip },
    });
    throw new InvalidCredentials();
  }
  // One row, so the insert is its own transaction.
  await record(deps.db, { actor: user, entity: { type: "user", id: user.id }, audit: "identity.signed_in", metadata: ip });
  const { passwordHash: _hash, disabledAt: _disabled, ...authenticated } = user;
  return authenticated;
}
