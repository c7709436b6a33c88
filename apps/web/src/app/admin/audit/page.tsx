import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AuditTrail } from "@/components/admin/audit-trail";

export default async function AdminAuditPage() {
  const t = await getTranslations("adminDesk.audit");
  return (
    <section>
      <h1>{t("title")}</h1>
      <Suspense>
        <AuditTrail />
      </Suspense>
    </section>
  );
}
