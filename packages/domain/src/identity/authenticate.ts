import type { DomainDeps } from "../deps.ts";
import { InvalidCredentials, InvalidMfaCode, MfaRequired } from "../errors.ts";
import { record } from "../events/record.ts";
import type { Visitor } from "./actor.ts";
import { normaliseEmail } from "./email.ts";
import { checkSignInSecondFactor } from "./mfa.ts";
import type { MfaSecretBox } from "./mfa-secret-box.ts";
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
 * audited. An account with two-factor sign-in on also needs `code` (TOTP or recovery code): without
 * one it is MfaRequired, with a wrong or reused one InvalidMfaCode; both only after the password
 * was right, so the sign-in form can ask for the code.
 */
export async function authenticate(
  deps: DomainDeps,
  visitor: Visitor,
  credentials: { email: string; password: string; code?: string | undefined },
  box?: MfaSecretBox,
): Promise<Authenticated> {
  const email = normaliseEmail(credentials.email);
  const user = await deps.db.user.findUnique({
    where: { email },
    select: { ...principalFields, passwordHash: true, disabledAt: true, sessionVersion: true, mfaEnabledAt: true },
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
  if (user.mfaEnabledAt) {
    if (!credentials.code) throw new MfaRequired();
    if (!box) throw new Error("authenticate needs the MFA secret box for an account with two-factor sign-in on");
    if (!(await checkSignInSecondFactor(deps, box, user.id, credentials.code))) {
      await record(deps.db, {
        actor: visitor,
        entity: { type: "user", id: user.id },
        audit: "identity.sign_in_failed",
        metadata: { email, reason: "invalid_mfa_code", ...ip },
      });
      throw new InvalidMfaCode();
    }
  }
  // One row, so the insert is its own transaction.
  await record(deps.db, { actor: user, entity: { type: "user", id: user.id }, audit: "identity.signed_in", metadata: ip });
  const { passwordHash: _hash, disabledAt: _disabled, mfaEnabledAt: _mfa, ...authenticated } = user;
  return authenticated;
}
