import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { authOptions } from "@/server/auth";

/** Every admin page is for admins only, checked on the server before anything renders. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const session = await getServerSession(authOptions());
  if (!session) redirect("/sign-in?callbackUrl=/admin");
  if (session.user.role !== "ADMIN") redirect("/");
  return (
    <div className="admin">
      <AdminNav />
      {children}
    </div>
  );
}
