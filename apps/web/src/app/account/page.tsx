import { getTranslations } from "next-intl/server";
import { ApiTokens } from "@/components/account/api-tokens";
import { ChangePassword } from "@/components/account/change-password";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { TwoFactor } from "@/components/account/two-factor";
import { requireUser } from "@/server/require-user";

/** Security settings of whoever is signed in, whatever their role. */
export default async function AccountPage() {
  await requireUser();
  const t = await getTranslations("account");
  return (
    <section>
      <h1>{t("title")}</h1>
      <TwoFactor />
      <ApiTokens />
      <ChangePassword />
      <SignOutEverywhere />
    </section>
  );
}
