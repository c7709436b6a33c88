"use client";

import type { AppRouter } from "@guitaronline/api";
import type { inferRouterOutputs } from "@trpc/server";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useMoney } from "./use-money";

type Day = inferRouterOutputs<AppRouter>["admin"]["kpiSeries"]["days"][number];

const COLORS = { HOLD: "#d9a441", CONFIRMED: "#3b7d4f", CANCELED: "#b3261e", EXPIRED: "#8a8076", net: "#b5542d", refunded: "#b3261e", succeeded: "#3b7d4f", noShow: "#d9a441", active: "#2f5d8a" };

function Chart({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const t = useTranslations("adminDesk.dashboard");
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      {empty ? <p className="hint">{t("noData")}</p> : <ResponsiveContainer width="100%" height={240}>{children}</ResponsiveContainer>}
    </figure>
  );
}

/** The last 30 days as four charts, labelled in the user's language. */
export function KpiCharts({ days }: { days: Day[] }) {
  const t = useTranslations("adminDesk.dashboard");
  const format = useFormatter();
  const money = useMoney();
  const label = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  const rows = days.map((day) => ({
    day: label(day.day),
    ...day.bookings,
    succeeded: day.revenue.succeededMinor / 100,
    refunded: -day.revenue.refundedMinor / 100,
    net: day.revenue.netMinor / 100,
    completed: day.lessons.completed,
    noShow: day.lessons.noShow,
    active: day.activeStudents,
  }));
  const none = (pick: (day: Day) => number) => days.every((day) => pick(day) === 0);
  const axis = <XAxis dataKey="day" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />;
  return (
    <div className="charts" data-testid="kpi-charts">
      <Chart title={t("bookingsChart")} empty={none((day) => Object.values(day.bookings).reduce((a, b) => a + b, 0))}>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {axis}
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Legend />
          {(["CONFIRMED", "CANCELED", "EXPIRED", "HOLD"] as const).map((status) => (
            <Bar key={status} dataKey={status} name={t(`series.${status}`)} stackId="bookings" fill={COLORS[status]} isAnimationActive={false} />
          ))}
        </BarChart>
      </Chart>
      <Chart title={t("revenueChart")} empty={none((day) => day.revenue.succeededMinor + day.revenue.refundedMinor)}>
        <ComposedChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {axis}
          <YAxis width={56} tickFormatter={(value: number) => money(value * 100).replace(/[.,]00(?=\D*$)/, "")} />
          <Tooltip formatter={(value) => money(Number(value) * 100)} />
          <Legend />
          <Bar dataKey="succeeded" name={t("series.succeeded")} fill={COLORS.succeeded} isAnimationActive={false} />
          <Bar dataKey="refunded" name={t("series.refundedSeries")} fill={COLORS.refunded} isAnimationActive={false} />
          <Line type="linear" dataKey="net" name={t("series.net")} stroke={COLORS.net} strokeWidth={2} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </Chart>
      <Chart title={t("lessonsChart")} empty={none((day) => day.lessons.completed + day.lessons.noShow)}>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {axis}
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Legend />
          <Bar dataKey="completed" name={t("series.completed")} fill={COLORS.CONFIRMED} isAnimationActive={false} />
          <Bar dataKey="noShow" name={t("series.noShow")} fill={COLORS.noShow} isAnimationActive={false} />
        </BarChart>
      </Chart>
      <Chart title={t("studentsChart")} empty={none((day) => day.activeStudents)}>
        <LineChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {axis}
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Line type="linear" dataKey="active" name={t("series.active")} stroke={COLORS.active} strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </Chart>
    </div>
  );
}
