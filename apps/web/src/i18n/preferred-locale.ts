import "server-only";
import Negotiator from "negotiator";
import { cookies, headers } from "next/headers";
import { api } from "@/trpc/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from "./locales";

/** The language of the signed-in user's account, or null for a visitor (or a session that ended). */
async function accountLocale(): Promise<string | null> {
  try {
    return (await api.identity.me()).locale;
  } catch {
    return null;
  }
}

/**
 * The language to answer in: the signed-in user's own choice, else the visitor's (the cookie the
 * language switch sets), else the best of the browser's Accept-Language, else English.
 */
export async function preferredLocale(): Promise<Locale> {
  const chosen = [await accountLocale(), (await cookies()).get(LOCALE_COOKIE)?.value].find(isLocale);
  if (chosen) return chosen;
  const negotiated = new Negotiator({ headers: { "accept-language": (await headers()).get("accept-language") ?? undefined } }).language([
    ...LOCALES,
  ]);
  return isLocale(negotiated) ? negotiated : DEFAULT_LOCALE;
}
