import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function SiteFooter() {
  const t = await getTranslations("nav");
  return (
    <footer className="site-footer">
      <Link href="/developers">{t("developers")}</Link>
      <a href="/api/openapi.json">OpenAPI</a>
    </footer>
  );
}
