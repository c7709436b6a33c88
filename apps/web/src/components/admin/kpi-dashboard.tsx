"use client";

import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { trpc } from "@/trpc/react";
import { KpiCharts } from "./kpi-charts";
import { useMoney } from "./use-money";

/** The school at a glance: a row of figures, then the last 30 days as charts. */
export function KpiDashboard() {
  const t = useTranslations("adminDesk");
  const money = useMoney();
  const overview = trpc.admin.kpiOverview.useQuery(undefined, { refetchOnWindowFocus: false, refetchOnMount: "always" });
  const series = trpc.admin.kpiSeries.useQuery({ days: 30 }, { refetchOnWindowFocus: false, refetchOnMount: "always" });
  const kpi = overview.data;
  const cards = kpi && [
    { label: t("dashboard.students"), value: kpi.users.byRole.STUDENT },
    { label: t("dashboard.teachers"), value: kpi.users.byRole.TEACHER },
    { label: t("dashboard.activeStudents"), value: series.data?.activeStudents ?? "…" },
    { label: t("dashboard.confirmedBookings"), value: kpi.bookings.byStatus.CONFIRMED },
    { label: t("dashboard.completedLessons"), value: kpi.lessons.byStatus.COMPLETED },
    { label: t("dashboard.activePackages"), value: kpi.packages.byStatus.ACTIVE },
    { label: t("dashboard.netRevenue"), value: money(kpi.payments.netMinor) },
    { label: t("dashboard.refunded"), value: money(kpi.payments.refundedMinor) },
  ];
  return (
    <div className="kpi">
      <h2>{t("dashboard.kpiTitle")}</h2>
      <ErrorAlert error={overview.error ?? series.error} />
      {overview.isPending && <Loading />}
      {cards && (
        <dl className="stat-grid" data-testid="kpi-cards">
          {cards.map((card) => (
            <div key={card.label} className="stat">
              <dt>{card.label}</dt>
              <dd>{card.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {series.isPending ? <Loading /> : series.data && <KpiCharts days={series.data.days} />}
    </div>
  );
}
