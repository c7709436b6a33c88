"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { ANONYMOUS_OK, trpc } from "@/trpc/react";
import { RecentNotifications } from "./recent-notifications";

/** Who you are and your role, or the way in. */
export function Greeting() {
  const t = useTranslations();
  const me = trpc.identity.me.useQuery(undefined, { meta: ANONYMOUS_OK, retry: false });
  if (me.isPending) return null;
  if (!me.data) {
    return (
      <p className="card">
        {t("home.getStarted")} <Link href="/sign-up">{t("nav.signUp")}</Link> · <Link href="/sign-in">{t("nav.signIn")}</Link>
      </p>
    );
  }
  const user = me.data;
  return (
    <>
      <div className="card" data-testid="whoami">
        <h2>{t("home.greeting", { name: user.name })}</h2>
        <p>{t("home.signedInAs", { email: user.email })}</p>
        <p data-testid="role">{t("home.yourRole", { role: t(`roles.${user.role}`) })}</p>
        {user.role === "TEACHER" && !user.teacherApproved && <p className="notice">{t("home.pendingApproval")}</p>}
      </div>
      <RecentNotifications />
    </>
  );
}
