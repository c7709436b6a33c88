import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireUser } from "@/server/require-user";

/** Every admin page is for admins only. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireUser(["ADMIN"]);
  return (
    <div className="admin">
      <AdminNav />
      {children}
    </div>
  );
}
