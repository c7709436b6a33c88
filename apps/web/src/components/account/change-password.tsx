"use client";

import { signIn, useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { trpc } from "@/trpc/react";

/** A new password ends every session, this one too: sign straight back in with it. */
export function ChangePassword() {
  const t = useTranslations("account");
  const { data: session } = useSession();
  const [done, setDone] = useState(false);
  const change = trpc.identity.changePassword.useMutation();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const newPassword = String(data.get("newPassword"));
    await change
      .mutateAsync({ currentPassword: String(data.get("currentPassword")), newPassword })
      .then(async () => {
        await signIn("credentials", { email: session?.user.email ?? "", password: newPassword, redirect: false });
        form.reset();
        setDone(true);
      })
      .catch(() => setDone(false));
  }

  return (
    <section className="card">
      <h2>{t("passwordTitle")}</h2>
      <form onSubmit={submit} className="form">
        <ErrorAlert error={change.error} />
        {done && <p className="notice">{t("passwordChanged")}</p>}
        <label>
          {t("currentPassword")}
          <input name="currentPassword" type="password" autoComplete="current-password" required maxLength={200} />
        </label>
        <label>
          {t("newPassword")}
          <input name="newPassword" type="password" autoComplete="new-password" required minLength={10} maxLength={128} />
        </label>
        <SubmitButton pending={change.isPending}>{t("changePassword")}</SubmitButton>
      </form>
    </section>
  );
}
