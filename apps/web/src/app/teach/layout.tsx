import type { ReactNode } from "react";
import { TeachNav } from "@/components/teaching/teach-nav";
import { requireUser } from "@/server/require-user";
import "./teach.css";

/** The teacher's pages are for teachers only. */
export default async function TeachLayout({ children }: { children: ReactNode }) {
  await requireUser(["TEACHER"]);
  return (
    <div className="teach">
      <TeachNav />
      {children}
    </div>
  );
}
