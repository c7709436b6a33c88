import { sameOriginPath } from "@guitaronline/api/callback-url";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/account/sign-in-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const t = await getTranslations("signIn");
  const { expired, error, callbackUrl } = await searchParams;
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <SignInForm sessionEnded={expired === "1"} initialError={error} callbackUrl={sameOriginPath(callbackUrl)} />
    </section>
  );
}
