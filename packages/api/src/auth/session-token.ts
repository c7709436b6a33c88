import { getToken } from "next-auth/jwt";

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  /** The server-side browser session (auth_sessions) the cookie belongs to. */
  sessionId: string;
}

/** The request's cookies by name; a malformed one is left out. */
export function parseCookies(header: string | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator < 0) continue;
    const name = part.slice(0, separator).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(separator + 1).trim());
    } catch {
      // a malformed cookie is no session
    }
  }
  return cookies;
}

/** The claims of the next-auth session cookie on a request, or null when it has none valid. */
export async function readSessionClaims(headers: Headers, secret: string): Promise<SessionClaims | null> {
  const token = await getToken({
    req: { headers: { cookie: headers.get("cookie") ?? undefined }, cookies: parseCookies(headers.get("cookie")) },
    secret,
  } as unknown as Parameters<typeof getToken>[0]);
  if (!token || typeof token === "string" || typeof token.uid !== "string" || typeof token.sv !== "number" || typeof token.sid !== "string") return null;
  return { userId: token.uid, sessionVersion: token.sv, sessionId: token.sid };
}
