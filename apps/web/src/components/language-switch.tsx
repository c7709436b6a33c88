"use client";

import { useSession } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { isLocale, LOCALE_COOKIE, LOCALES, type Locale } from "@/i18n/locales";
import { ANONYMOUS_OK, trpc } from "@/trpc/react";

const LABELS = { en: "English", ru: "Русский" } as const;

/**
 * The language choice: saved on the account when signed in (so it follows the user to every
 * browser and their e-mails), and in a cookie either way (so it outlasts signing out).
 */
export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const { status } = useSession();
  const utils = trpc.useUtils();
  const save = trpc.identity.updateProfile.useMutation({ meta: ANONYMOUS_OK });
  // Usable once the page runs and knows whether someone is signed in (never in the server's HTML):
  // a choice made before would be lost, or kept in the cookie only.
  const ready = status !== "loading";

  async function choose(chosen: Locale) {
    document.cookie = `${LOCALE_COOKIE}=${chosen}; path=/; max-age=31536000; samesite=lax`;
    if (status === "authenticated") {
      await save.mutateAsync({ locale: chosen }).catch(() => undefined);
      await utils.identity.me.invalidate();
    }
    router.refresh();
  }

  return (
    <label className="language">
      <span className="visually-hidden">{t("language")}</span>
      <select
        aria-label={t("language")}
        value={locale}
        disabled={!ready || save.isPending}
        onChange={(event) => {
          if (isLocale(event.target.value)) void choose(event.target.value);
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
