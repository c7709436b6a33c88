import { getTranslations } from "next-intl/server";
import { KpiDashboard } from "@/components/admin/kpi-dashboard";
import { OpsBoard } from "@/components/admin/ops-board";

export default async function AdminDashboardPage() {
  const t = await getTranslations("adminDesk.dashboard");
  return (
    <section>
      <h1>{t("title")}</h1>
      <KpiDashboard />
      <OpsBoard />
    </section>
  );
}
