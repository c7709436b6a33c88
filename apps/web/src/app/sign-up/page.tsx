import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/account/sign-up-form";

export default async function SignUpPage() {
  const t = await getTranslations("signUp");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <SignUpForm />
    </section>
  );
}
