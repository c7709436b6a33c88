import "server-only";
import { getServerSession, type Session } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { ROLE_HOME, type Role } from "@/lib/roles";
import { authOptions } from "./auth";

/** next-auth's session cookie, plain or `__Secure-`, whole or in chunks. */
const SESSION_COOKIE = /(^|-)next-auth\.session-token(\.\d+)?$/;

/**
 * The signed-in user, checked on the server before a page renders. A signed-out visitor goes to
 * sign-in and comes back to the exact page asked for (path and query), told their session ended
 * when the browser still holds a cookie the server no longer accepts. A user of another role goes
 * to their own home.
 */
export async function requireUser(roles?: readonly Role[]): Promise<Session> {
  const session = await getServerSession(authOptions());
  if (!session) {
    // proxy.ts hands the requested URL over: a layout cannot see it.
    const here = (await headers()).get("x-pathname") ?? "/";
    const ended = (await cookies()).getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
    redirect(`/sign-in?${ended ? "expired=1&" : ""}callbackUrl=${encodeURIComponent(here)}`);
  }
  const role = session.user.role as Role;
  if (roles && !roles.includes(role)) redirect(ROLE_HOME[role] ?? "/");
  return session;
}
