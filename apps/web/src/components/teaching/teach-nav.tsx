"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { href: "/teach", key: "lessons" },
  { href: "/teach/slots", key: "slots" },
  { href: "/teach/profile", key: "profile" },
] as const;

/** The teacher's sections as tabs that share one row even on a 375 px phone. */
export function TeachNav() {
  const t = useTranslations("teach.nav");
  const pathname = usePathname();
  return (
    <nav className="teach-nav" aria-label={t("label")}>
      {SECTIONS.map(({ href, key }) => (
        <Link key={href} href={href} aria-current={pathname === href ? "page" : undefined}>
          {t(key)}
        </Link>
      ))}
    </nav>
  );
}
