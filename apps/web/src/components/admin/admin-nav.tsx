"use client";

import { SectionNav } from "@/components/section-nav";

const SECTIONS = [
  { href: "/admin", key: "dashboard" },
  { href: "/admin/billing", key: "billing" },
  { href: "/admin/bookings", key: "bookings" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/users", key: "users" },
] as const;

export function AdminNav() {
  return <SectionNav namespace="adminDesk.nav" sections={SECTIONS} className="admin-nav" />;
}
