"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * A section's own navigation (the admin desk, the teacher's pages): one link per page, the one
 * open marked as current. `namespace` holds `label` and a message per section key.
 */
export function SectionNav({
  namespace,
  sections,
  className,
}: {
  namespace: "adminDesk.nav" | "teach.nav";
  sections: readonly { href: string; key: string }[];
  className: string;
}) {
  const t = useTranslations(namespace);
  const pathname = usePathname();
  return (
    <nav className={className} aria-label={t("label")}>
      {sections.map(({ href, key }) => (
        <Link key={href} href={href} aria-current={pathname === href ? "page" : undefined}>
          {t(key as never)}
        </Link>
      ))}
    </nav>
  );
}
