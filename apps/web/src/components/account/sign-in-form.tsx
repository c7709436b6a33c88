"use client";

import { sameOriginPath } from "@guitaronline/api/callback-url";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";

export function SignInForm({
  sessionEnded,
  initialError,
  callbackUrl,
}: {
  sessionEnded: boolean;
  initialError?: string;
  callbackUrl: string;
}) {
  const t = useTranslations();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState(initialError);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    }).catch(() => ({ ok: false, error: "network" }));
    if (result?.ok && !result.error) {
      // Checked again where it is followed: only a path of this site.
      window.location.assign(sameOriginPath(callbackUrl, window.location.origin));
      return;
    }
    setError(result?.error ?? "internal_error");
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="form">
      {sessionEnded && !error && <p className="notice">{t("signIn.sessionEnded")}</p>}
      <ErrorAlert error={error} />
      <label>
        {t("signIn.email")}
        <input name="email" type="email" autoComplete="email" required maxLength={254} />
      </label>
      <label>
        {t("signIn.password")}
        <input name="password" type="password" autoComplete="current-password" required maxLength={200} />
      </label>
      <SubmitButton pending={pending} pendingLabel={t("signIn.submitting")}>
        {t("signIn.submit")}
      </SubmitButton>
      <p>
        {t("signIn.noAccount")} <Link href="/sign-up">{t("nav.signUp")}</Link>
      </p>
    </form>
  );
}
