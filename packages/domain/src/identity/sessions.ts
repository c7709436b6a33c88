import { createHash } from "node:crypto";
import type { DomainDeps } from "../deps.ts";
import type { Visitor } from "./actor.ts";
import { principalFields, type Principal } from "./principal.ts";

/**
 * Sessions are next-auth JWTs carrying the user's `sessionVersion`: next-auth's credentials
 * provider cannot keep database sessions, and one indexed read per request buys immediate
 * revocation. Disabling a user, "sign out everywhere" and a password change bump the version,
 * which ends every session and API token issued before.
 */
export async function principalForSession(
  deps: DomainDeps,
  _visitor: Visitor,
  session: { userId: string; sessionVersion: number },
): Promise<Principal | null> {
  const user = await deps.db.user.findUnique({
    where: { id: session.userId },
    select: { ...principalFields, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return withoutSessionFields(user);
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// Last use is recorded at most this often, so reading with a token does not write every time.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The owner of a live API token: not revoked, and issued since the owner's last revocation. */
export async function principalForApiToken(deps: DomainDeps, _visitor: Visitor, { token }: { token: string }): Promise<Principal | null> {
  const now = deps.clock.now();
  const found = await deps.db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      sessionVersion: true,
      lastUsedAt: true,
      user: { select: { ...principalFields, disabledAt: true, sessionVersion: true } },
    },
  });
  if (!found || found.revokedAt || found.user.disabledAt) return null;
  if (found.sessionVersion !== found.user.sessionVersion) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await deps.db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  return withoutSessionFields(found.user);
}

function withoutSessionFields<T extends Principal & { disabledAt: Date | null; sessionVersion: number }>(
  user: T,
): Principal {
  const { id, email, name, role, teacherApproved, locale, timezone } = user;
  return { id, email, name, role, teacherApproved, locale, timezone };
}
