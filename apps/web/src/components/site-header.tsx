"use client";

import { signOut, useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { LanguageSwitch } from "./language-switch";
import { SubmitButton } from "./submit-button";

export function SiteHeader() {
  const t = useTranslations();
  const { data: session, status } = useSession();
  const [signingOut, setSigningOut] = useState(false);
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t("app.name")}
      </Link>
      <nav>
        {session ? (
          <>
            {session.user.role === "STUDENT" && (
              <>
                <Link href="/book">{t("nav.book")}</Link>
                <Link href="/bookings">{t("nav.bookings")}</Link>
              </>
            )}
            {session.user.role === "TEACHER" && <Link href="/teach">{t("nav.teach")}</Link>}
            <Link href="/account">{t("nav.account")}</Link>
            {session.user.role === "ADMIN" && <Link href="/admin">{t("nav.admin")}</Link>}
            <SubmitButton
              type="button"
              variant="secondary"
              pending={signingOut}
              onClick={() => {
                setSigningOut(true);
                void signOut({ callbackUrl: "/" });
              }}
            >
              {t("nav.signOut")}
            </SubmitButton>
          </>
        ) : status === "unauthenticated" ? (
          <>
            <Link href="/sign-in">{t("nav.signIn")}</Link>
            <Link href="/sign-up">{t("nav.signUp")}</Link>
          </>
        ) : null}
        <LanguageSwitch />
      </nav>
    </header>
  );
}
