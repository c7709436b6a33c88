import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { TeachNav } from "@/components/teaching/teach-nav";
import { authOptions } from "@/server/auth";
import "./teach.css";

/** The teacher's pages are for teachers only, checked on the server before anything renders. */
export default async function TeachLayout({ children }: { children: ReactNode }) {
  const session = await getServerSession(authOptions());
  if (!session) redirect("/sign-in?callbackUrl=/teach");
  if (session.user.role !== "TEACHER") redirect("/");
  return (
    <div className="teach">
      <TeachNav />
      {children}
    </div>
  );
}
