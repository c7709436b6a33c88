import "server-only";
import { getServerSession, type Session } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./auth";

/**
 * The session of a page's layout that is for one role only, checked on the server before anything
 * renders: someone signed out goes to sign-in (and comes back), anyone else to the home page.
 */
export async function requireRole(role: "STUDENT" | "TEACHER" | "ADMIN", returnTo: string): Promise<Session> {
  const session = await getServerSession(authOptions());
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (session.user.role !== role) redirect("/");
  return session;
}
