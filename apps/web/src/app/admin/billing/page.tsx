import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { BillingDesk } from "@/components/admin/billing-desk";

export default async function AdminBillingPage() {
  const t = await getTranslations("adminDesk.billing");
  return (
    <section>
      <h1>{t("title")}</h1>
      <Suspense>
        <BillingDesk />
      </Suspense>
    </section>
  );
}
