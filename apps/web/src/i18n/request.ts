import { getRequestConfig } from "next-intl/server";
import { preferredLocale } from "./preferred-locale";

// The language is the user's or the visitor's choice, else the browser's; it is not part of the URL.
export default getRequestConfig(async () => {
  const locale = await preferredLocale();
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default };
});
