import "server-only";
import { getServerSession, type Session } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authOptions } from "./auth";

type Role = "STUDENT" | "TEACHER" | "ADMIN";

/**
 * The signed-in user, checked on the server before a page renders: a signed-out visitor goes to
 * sign-in and comes back to the page afterwards; a user of another role goes home.
 */
export async function requireUser(roles?: readonly Role[]): Promise<Session> {
  const session = await getServerSession(authOptions());
  if (!session) {
    const here = (await headers()).get("x-pathname") ?? "/";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
  }
  if (roles && !roles.includes(session.user.role as Role)) redirect("/");
  return session;
}
