"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/submit-button";
import { trpc } from "@/trpc/react";

export function SignOutEverywhere() {
  const t = useTranslations("account");
  const everywhere = trpc.identity.signOutEverywhere.useMutation({ onSuccess: () => signOut({ callbackUrl: "/sign-in" }) });
  return (
    <section className="card">
      <h2>{t("everywhereTitle")}</h2>
      <p className="hint">{t("everywhereHelp")}</p>
      <SubmitButton type="button" variant="danger" pending={everywhere.isPending || everywhere.isSuccess} onClick={() => everywhere.mutate()}>
        {t("signOutEverywhere")}
      </SubmitButton>
    </section>
  );
}
