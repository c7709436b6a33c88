import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireRole } from "@/server/require-role";

/** Every admin page is for admins only. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRole("ADMIN", "/admin");
  return (
    <div className="admin">
      <AdminNav />
      {children}
    </div>
  );
}
