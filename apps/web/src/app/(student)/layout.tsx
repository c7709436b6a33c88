import type { ReactNode } from "react";
import { requireUser } from "@/server/require-user";
import "@/components/student/student.css";

/** The student's pages (teachers, booking, bookings, packages): for signed-in students only. */
export default async function StudentLayout({ children }: { children: ReactNode }) {
  await requireUser(["STUDENT"]);
  return <div className="portal">{children}</div>;
}
