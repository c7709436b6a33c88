import type { ReactNode } from "react";
import { requireUser } from "@/server/require-user";
import "@/components/student/student.css";

/** Pages every signed-in user has (notifications, profile), whatever their role. */
export default async function MemberLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return <div className="portal">{children}</div>;
}
