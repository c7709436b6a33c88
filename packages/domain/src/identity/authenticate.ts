import type { Db } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import { InvalidCredentials } from "../errors.ts";
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
  db: Db,
  credentials: { email: string; password: string },
  meta: { ip?: string } = {},
): Promise<Authenticated> {
  const email = normaliseEmail(credentials.email);
  const user = await db.user.findUnique({
    where: { email },
    select: { ...principalFields, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await unknownUserHash), credentials.password);
  const ip = meta.ip ? { ip: meta.ip } : {};
  if (!user || !passwordMatches || user.disabledAt) {
    const reason = !user ? "unknown_email" : !passwordMatches ? "wrong_password" : "disabled";
    await writeAudit(db, {
      actorId: null,
      action: "identity.sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? "unknown",
      metadata: { email, reason, ...ip },
    });
    throw new InvalidCredentials();
  }
  await writeAudit(db, { actorId: user.id, action: "identity.signed_in", entityType: "user", entityId: user.id, metadata: ip });
  const { passwordHash: _hash, disabledAt: _disabled, ...authenticated } = user;
  return authenticated;
}
