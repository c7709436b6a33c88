"use client";

import { useTranslations } from "next-intl";
import { useDateTime } from "@/lib/use-date-time";
import { trpc } from "@/trpc/react";

export function MyPackages() {
  const t = useTranslations("book");
  const format = useDateTime();
  const packages = trpc.billing.myPackages.useQuery();
  const active = packages.data?.filter((pkg) => pkg.status === "ACTIVE") ?? [];
  return (
    <section className="card" data-testid="packages">
      <h2>{t("packages")}</h2>
      {packages.isSuccess && active.length === 0 && <p className="notice">{t("noPackage")}</p>}
      <ul className="list">
        {active.map((pkg) => (
          <li key={pkg.id}>{t("lessonsLeft", { left: pkg.lessonsLeft, total: pkg.lessonsTotal, date: format.date(pkg.expiresAt) })}</li>
        ))}
      </ul>
    </section>
  );
}
