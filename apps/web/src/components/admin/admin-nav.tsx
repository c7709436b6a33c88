"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { href: "/admin", key: "dashboard" },
  { href: "/admin/billing", key: "billing" },
  { href: "/admin/bookings", key: "bookings" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/users", key: "users" },
] as const;

export function AdminNav() {
  const t = useTranslations("adminDesk.nav");
  const pathname = usePathname();
  return (
    <nav className="admin-nav" aria-label={t("label")}>
      {SECTIONS.map(({ href, key }) => (
        <Link key={href} href={href} aria-current={pathname === href ? "page" : undefined}>
          {t(key)}
        </Link>
      ))}
    </nav>
  );
}
