export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The cookie that remembers a visitor's choice of language for a year (a user's is on their account). */
export const LOCALE_COOKIE = "locale";

export const isLocale = (value: string | null | undefined): value is Locale => LOCALES.includes(value as Locale);
