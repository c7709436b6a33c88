"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";

/** Two-factor sign-in: turn it on (QR code, first code, recovery codes shown once), new recovery codes, turn it off. */
export function TwoFactor() {
  const t = useTranslations("mfa");
  const time = useZonedTime();
  const utils = trpc.useUtils();
  const status = trpc.identity.mfa.status.useQuery();
  const refresh = () => utils.identity.mfa.status.invalidate();
  const enroll = trpc.identity.mfa.enroll.useMutation();
  const confirm = trpc.identity.mfa.confirm.useMutation({ onSuccess: refresh });
  const regenerate = trpc.identity.mfa.regenerateRecoveryCodes.useMutation({ onSuccess: refresh });
  const disable = trpc.identity.mfa.disable.useMutation({ onSuccess: refresh });
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();

  function submitWith(action: (data: FormData) => Promise<unknown>) {
    return async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      await action(new FormData(form))
        .then(() => form.reset())
        .catch(() => undefined);
    };
  }
  const field = (data: FormData, name: string) => String(data.get(name) ?? "");

  if (!status.data) return null;
  return (
    <section className="card" aria-labelledby="mfa-title" data-testid="two-factor">
      <h2 id="mfa-title">{t("title")}</h2>
      {recoveryCodes ? (
        <div>
          <h3>{t("recoveryTitle")}</h3>
          <p className="notice">{t("recoveryHelp")}</p>
          <ul className="recovery-codes" aria-label={t("recoveryTitle")}>
            {recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
          <SubmitButton type="button" pending={false} onClick={() => setRecoveryCodes(undefined)}>
            {t("recoveryDone")}
          </SubmitButton>
        </div>
      ) : status.data.enabled ? (
        <>
          {time && <p>{t("on", { date: time.date(status.data.enabledAt!), left: status.data.recoveryCodesLeft })}</p>}
          <h3>{t("regenerateTitle")}</h3>
          <form
            className="form"
            onSubmit={submitWith(async (data) => setRecoveryCodes((await regenerate.mutateAsync({ code: field(data, "code") })).recoveryCodes))}
          >
            <ErrorAlert error={regenerate.error} />
            <p className="hint">{t("regenerateHelp")}</p>
            <label>
              {t("code")}
              <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="\d{3} ?\d{3}" required maxLength={7} />
            </label>
            <SubmitButton pending={regenerate.isPending} pendingLabel={t("regenerating")} variant="secondary">
              {t("regenerate")}
            </SubmitButton>
          </form>
          <h3>{t("disableTitle")}</h3>
          <form
            className="form"
            onSubmit={submitWith((data) => disable.mutateAsync({ code: field(data, "code"), password: field(data, "password") }))}
          >
            <ErrorAlert error={disable.error} />
            <label>
              {t("disableCode")}
              <input name="code" autoComplete="one-time-code" required minLength={6} maxLength={20} />
            </label>
            <label>
              {t("password")}
              <input name="password" type="password" autoComplete="current-password" required maxLength={200} />
            </label>
            <SubmitButton pending={disable.isPending} pendingLabel={t("disabling")} variant="danger">
              {t("disable")}
            </SubmitButton>
          </form>
        </>
      ) : enroll.data ? (
        <form
          className="form"
          onSubmit={submitWith(async (data) => {
            setRecoveryCodes((await confirm.mutateAsync({ code: field(data, "code") })).recoveryCodes);
            enroll.reset();
          })}
        >
          <p>{t("scan")}</p>
          {/* An SVG data: URL, which the CSP's img-src already allows. */}
          <img src={enroll.data.qrCodeDataUrl} alt={t("qrAlt")} width={200} height={200} className="qr-code" />
          <p>
            {t("secret")}: <code data-testid="mfa-secret">{enroll.data.secret}</code>
          </p>
          <ErrorAlert error={confirm.error} />
          <label>
            {t("code")}
            <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="\d{3} ?\d{3}" required maxLength={7} />
          </label>
          <div className="actions">
            <SubmitButton pending={confirm.isPending} pendingLabel={t("confirming")}>
              {t("confirm")}
            </SubmitButton>
            <SubmitButton type="button" pending={false} variant="secondary" onClick={() => enroll.reset()}>
              {t("cancel")}
            </SubmitButton>
          </div>
        </form>
      ) : (
        <>
          {status.data.required ? <p className="notice">{t("required")}</p> : null}
          <p>{t("off")}</p>
          <ErrorAlert error={enroll.error} />
          <SubmitButton type="button" pending={enroll.isPending} pendingLabel={t("starting")} onClick={() => enroll.mutate()}>
            {t("start")}
          </SubmitButton>
        </>
      )}
    </section>
  );
}
