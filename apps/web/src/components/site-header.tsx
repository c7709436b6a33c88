"use client";

import { signOut, useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useState } from "react";
import type { Role } from "@/lib/roles";
import { LanguageSwitch } from "./language-switch";
import { SubmitButton } from "./submit-button";
import "./site-header.css";

type NavKey = "teachers" | "book" | "bookings" | "packages" | "teach" | "admin" | "notifications" | "profile" | "account";

/** Where each role goes, in the order the header shows it. */
const LINKS: { href: string; key: NavKey; roles: readonly Role[] }[] = [
  { href: "/teachers", key: "teachers", roles: ["STUDENT"] },
  { href: "/book", key: "book", roles: ["STUDENT"] },
  { href: "/bookings", key: "bookings", roles: ["STUDENT"] },
  { href: "/packages", key: "packages", roles: ["STUDENT"] },
  { href: "/teach", key: "teach", roles: ["TEACHER"] },
  { href: "/admin", key: "admin", roles: ["ADMIN"] },
  { href: "/notifications", key: "notifications", roles: ["STUDENT", "TEACHER", "ADMIN"] },
  { href: "/profile", key: "profile", roles: ["STUDENT", "TEACHER", "ADMIN"] },
  { href: "/account", key: "account", roles: ["STUDENT", "TEACHER", "ADMIN"] },
];

const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * The site's header: the links the signed-in user's role uses. Under the small-screen breakpoint
 * the links fold behind a menu button, so a phone's narrow header never overflows.
 */
export function SiteHeader() {
  const t = useTranslations("nav");
  const app = useTranslations("app");
  const { data: session, status } = useSession();
  const pathname = usePathname();
  // The menu is open on the page it was opened on: following a link closes it.
  const [openOn, setOpenOn] = useState<string>();
  const open = openOn === pathname;
  const [signingOut, setSigningOut] = useState(false);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => event.key === "Escape" && setOpenOn(undefined);
    document.addEventListener("keydown", close);
    return () => document.removeEventListener("keydown", close);
  }, [open]);

  const role = session?.user.role as Role | undefined;
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {app("name")}
      </Link>
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpenOn(open ? undefined : pathname)}
      >
        <span aria-hidden="true" className="menu-icon" />
        {t("menu")}
      </button>
      <nav id={menuId} aria-label={t("main")} className={open ? "site-nav open" : "site-nav"}>
        {role ? (
          <>
            {LINKS.filter((link) => link.roles.includes(role)).map((link) => (
              <Link key={link.href} href={link.href} aria-current={isCurrent(pathname, link.href) ? "page" : undefined}>
                {t(link.key)}
              </Link>
            ))}
            <SubmitButton
              type="button"
              variant="secondary"
              pending={signingOut}
              onClick={() => {
                setSigningOut(true);
                void signOut({ callbackUrl: "/" });
              }}
            >
              {t("signOut")}
            </SubmitButton>
          </>
        ) : status === "unauthenticated" ? (
          <>
            <Link href="/sign-in" aria-current={pathname === "/sign-in" ? "page" : undefined}>
              {t("signIn")}
            </Link>
            <Link href="/sign-up" aria-current={pathname === "/sign-up" ? "page" : undefined}>
              {t("signUp")}
            </Link>
          </>
        ) : null}
        <LanguageSwitch />
      </nav>
    </header>
  );
}
