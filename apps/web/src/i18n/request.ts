import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { asLocale, LOCALE_COOKIE } from "./locales";

// The language is the visitor's choice (a cookie), not part of the URL.
export default getRequestConfig(async () => {
  const locale = asLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default };
});
