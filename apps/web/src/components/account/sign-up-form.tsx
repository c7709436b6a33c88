"use client";

import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { ANONYMOUS_OK, trpc } from "@/trpc/react";

export function SignUpForm() {
  const t = useTranslations();
  const locale = useLocale();
  const register = trpc.identity.register.useMutation({ meta: ANONYMOUS_OK });
  const [signingIn, setSigningIn] = useState(false);
  const fieldErrors = (register.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (register.isPending || signingIn) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email"));
    const password = String(form.get("password"));
    await register
      .mutateAsync({
        email,
        password,
        name: String(form.get("name")),
        role: form.get("role") === "TEACHER" ? "TEACHER" : "STUDENT",
        locale: locale === "ru" ? "ru" : "en",
        timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      })
      .then(async () => {
        setSigningIn(true);
        const result = await signIn("credentials", { email, password, redirect: false });
        // The account exists either way; if the automatic sign-in was refused, say why on sign-in.
        const signedIn = result?.ok && !result.error;
        window.location.assign(signedIn ? "/" : `/sign-in?error=${encodeURIComponent(result?.error ?? "internal_error")}`);
      })
      .catch(() => undefined);
  }

  return (
    <form onSubmit={submit} className="form">
      <ErrorAlert error={register.error} />
      <label>
        {t("signUp.name")}
        <input name="name" required maxLength={100} aria-invalid={Boolean(fieldErrors.name)} />
      </label>
      <label>
        {t("signUp.email")}
        <input name="email" type="email" autoComplete="email" required maxLength={254} aria-invalid={Boolean(fieldErrors.email)} />
      </label>
      <label>
        {t("signUp.password")}
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          maxLength={128}
          aria-invalid={Boolean(fieldErrors.password)}
        />
      </label>
      <fieldset>
        <legend>{t("signUp.role")}</legend>
        <label className="inline">
          <input type="radio" name="role" value="STUDENT" defaultChecked /> {t("signUp.asStudent")}
        </label>
        <label className="inline">
          <input type="radio" name="role" value="TEACHER" /> {t("signUp.asTeacher")}
        </label>
      </fieldset>
      <SubmitButton pending={register.isPending || signingIn} pendingLabel={t("signUp.submitting")}>
        {t("signUp.submit")}
      </SubmitButton>
      <p>
        {t("signUp.haveAccount")} <Link href="/sign-in">{t("nav.signIn")}</Link>
      </p>
    </form>
  );
}
