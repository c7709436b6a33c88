import type { AppConfig } from "@guitaronline/config";
import type { Db } from "@guitaronline/db";
import { principalForSession, type DomainDeps, type Principal, type Visitor } from "@guitaronline/domain";
import type { SessionClaims } from "./session-token.ts";

// The last request is recorded at most this often, so reading with a session does not write every time.
const LAST_SEEN_RESOLUTION_MS = 60_000;

// Sessions keep wall-clock time, not the injected business clock: tests that move the school's
// clock by days must not time out their own sign-in.
type Deps = { db: Db; config: Pick<AppConfig, "AUTH_SESSION_MAX_HOURS" | "AUTH_SESSION_IDLE_MINUTES"> };

/** Records a new browser session of the user; its id goes into the session cookie. */
export async function openBrowserSession({ db, config }: Deps, userId: string, now = new Date()): Promise<string> {
  const expiresAt = new Date(now.getTime() + config.AUTH_SESSION_MAX_HOURS * 3_600_000);
  const session = await db.authSession.create({ data: { userId, createdAt: now, lastSeenAt: now, expiresAt }, select: { id: true } });
  return session.id;
}

/**
 * Whether the browser session is still on: not signed out, within its absolute lifetime, and
 * used within the idle timeout. A live one is marked as seen now; an idle one is ended.
 */
export async function browserSessionIsLive({ db, config }: Deps, sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  const session = await db.authSession.findUnique({ where: { id: sessionId } });
  if (!session || session.userId !== userId || session.endedAt || session.expiresAt <= now) return false;
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (idleSince > config.AUTH_SESSION_IDLE_MINUTES * 60_000) {
    await endBrowserSession(db, sessionId, now);
    return false;
  }
  if (idleSince > LAST_SEEN_RESOLUTION_MS) await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  return true;
}

/** Ends the browser session for good: its cookie, replayed, is no session. */
export async function endBrowserSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}

/** The user behind a session cookie's claims: the session still live, and the user's version unchanged. */
export async function principalForCookie(deps: Deps, domain: DomainDeps, visitor: Visitor, claims: SessionClaims): Promise<Principal | null> {
  if (!(await browserSessionIsLive(deps, claims.sessionId, claims.userId))) return null;
  return principalForSession(domain, visitor, claims);
}
