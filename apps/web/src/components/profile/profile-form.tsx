"use client";

import { ZIdentityUpdateProfileInput, type TIdentityMeOutput } from "@guitaronline/api/contracts";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/error-alert";
import { FieldError, invalidProps } from "@/components/forms/field-error";
import { TimeZoneSelect } from "@/components/forms/time-zone-select";
import { Loading } from "@/components/loading";
import { SubmitButton } from "@/components/submit-button";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";
import { useIdempotencyKey } from "@/lib/use-idempotency-key";
import { trpc } from "@/trpc/react";

const LANGUAGES = { en: "English", ru: "Русский" } as const;
type Field = "name" | "locale" | "timezone";

/**
 * The user's name, language and time zone, validated in the browser with the very schema
 * `identity.updateProfile` parses. A new language shows at once: the page renders again in it.
 */
export function ProfileForm({ me }: { me: TIdentityMeOutput }) {
  const t = useTranslations("profile");
  const router = useRouter();
  const utils = trpc.useUtils();
  const formId = useId();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    resolver: zodResolver(ZIdentityUpdateProfileInput),
    defaultValues: { name: me.name, locale: me.locale as (typeof LOCALES)[number], timezone: me.timezone },
  });
  const updateKey = useIdempotencyKey();
  const update = trpc.identity.updateProfile.useMutation({
    onSuccess: (profile) => {
      updateKey.done();
      form.reset({ name: profile.name, locale: profile.locale as (typeof LOCALES)[number], timezone: profile.timezone });
      setSaved(true);
      // The cookie carries the language to the next request of this browser, signed in or not.
      document.cookie = `${LOCALE_COOKIE}=${profile.locale}; path=/; max-age=31536000; samesite=lax`;
      void utils.invalidate();
      router.refresh();
    },
  });
  const { errors } = form.formState;
  const fieldProps = (field: Field) => ({ id: `${formId}-${field}`, ...invalidProps(formId, field, Boolean(errors[field])) });
  const fieldError = (field: Field) => <FieldError formId={formId} field={field} message={errors[field] && t(`errors.${field}`)} />;

  return (
    <form
      className="form card profile-form"
      noValidate
      onChange={() => setSaved(false)}
      onSubmit={form.handleSubmit((profile) => {
        if (!update.isPending) update.mutate(updateKey.keyed(profile));
      })}
    >
      <div className="field">
        <label htmlFor={`${formId}-name`}>{t("name")}</label>
        <input type="text" autoComplete="name" {...form.register("name")} {...fieldProps("name")} />
        {fieldError("name")}
      </div>
      <div className="field">
        <label htmlFor={`${formId}-locale`}>{t("locale")}</label>
        <select {...form.register("locale")} {...fieldProps("locale")}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LANGUAGES[locale]}
            </option>
          ))}
        </select>
        {fieldError("locale")}
      </div>
      <Controller
        control={form.control}
        name="timezone"
        render={({ field }) => (
          <TimeZoneSelect
            className="field"
            id={`${formId}-timezone`}
            label={t("timezone")}
            hint={t("timezoneHint")}
            value={field.value ?? ""}
            onChange={(zone) => {
              setSaved(false);
              field.onChange(zone);
            }}
            invalid={invalidProps(formId, "timezone", Boolean(errors.timezone))}
            error={fieldError("timezone")}
          />
        )}
      />
      <ErrorAlert error={update.error} />
      <div aria-live="polite">{saved && <p className="notice success">{t("saved")}</p>}</div>
      <SubmitButton pending={update.isPending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}

/** Loads the signed-in user, then their form. */
export function Profile() {
  const me = trpc.identity.me.useQuery();
  if (!me.data) {
    return (
      <>
        <ErrorAlert error={me.error} />
        {me.isPending && <Loading />}
      </>
    );
  }
  return <ProfileForm me={me.data} />;
}
