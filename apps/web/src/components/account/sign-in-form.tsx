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
  // Once the server answers that this account has two-factor sign-in on, the form asks for the code too.
  const [needsCode, setNeedsCode] = useState(initialError === "mfa_required" || initialError === "invalid_mfa_code");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const code = needsCode ? String(form.get("code") ?? "").trim() : "";
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      ...(code ? { code } : {}),
      redirect: false,
    }).catch(() => ({ ok: false, error: "network" }));
    if (result?.ok && !result.error) {
      // Checked again where it is followed: only a path of this site.
      window.location.assign(sameOriginPath(callbackUrl, window.location.origin));
      return;
    }
    const refusal = result?.error ?? "internal_error";
    if (refusal === "mfa_required" || refusal === "invalid_mfa_code") setNeedsCode(true);
    // The first ask for the code is the next step, not a failure: the code field says what to do.
    setError(refusal === "mfa_required" && !code ? undefined : refusal);
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
      {needsCode && (
        <>
          <p className="notice">{t("signIn.codeHelp")}</p>
          <label>
            {t("signIn.code")}
            <input name="code" autoComplete="one-time-code" required minLength={6} maxLength={20} autoFocus />
          </label>
        </>
      )}
      <SubmitButton pending={pending} pendingLabel={t("signIn.submitting")}>
        {t("signIn.submit")}
      </SubmitButton>
      <p>
        {t("signIn.noAccount")} <Link href="/sign-up">{t("nav.signUp")}</Link>
      </p>
    </form>
  );
}
