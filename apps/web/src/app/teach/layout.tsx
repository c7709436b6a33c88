import type { ReactNode } from "react";
import { TeachNav } from "@/components/teaching/teach-nav";
import { requireRole } from "@/server/require-role";
import "./teach.css";

/** The teacher's pages are for teachers only. */
export default async function TeachLayout({ children }: { children: ReactNode }) {
  await requireRole("TEACHER", "/teach");
  return (
    <div className="teach">
      <TeachNav />
      {children}
    </div>
  );
}
