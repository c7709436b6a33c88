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

/**
 * The owner of a live API token: not revoked, and issued since the owner's last revocation.
 * One statement on every bearer request: the token and its owner are read together.
 */
export async function principalForApiToken(deps: DomainDeps, _visitor: Visitor, { token }: { token: string }): Promise<Principal | null> {
  const now = deps.clock.now();
  const [found] = await deps.db.$queryRaw<(Principal & { tokenId: string; lastUsedAt: Date | null })[]>`
    SELECT t.id AS "tokenId", t.last_used_at AS "lastUsedAt", u.id, u.email, u.name, u.role,
      u.teacher_approved AS "teacherApproved", u.locale, u.timezone
    FROM api_tokens t JOIN users u ON u.id = t.user_id
    WHERE t.token_hash = ${hashApiToken(token)} AND t.revoked_at IS NULL
      AND u.disabled_at IS NULL AND t.session_version = u.session_version`;
  if (!found) return null;
  const { tokenId, lastUsedAt, ...principal } = found;
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await deps.db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: now } });
  }
  return principal;
}

function withoutSessionFields<T extends Principal & { disabledAt: Date | null; sessionVersion: number }>(
  user: T,
): Principal {
  const { id, email, name, role, teacherApproved, locale, timezone } = user;
  return { id, email, name, role, teacherApproved, locale, timezone };
}
