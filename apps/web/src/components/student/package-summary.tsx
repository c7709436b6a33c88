"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ZonedFormat } from "@/lib/use-user-time";
import { trpc } from "@/trpc/react";
import { Loading } from "./loading";

/** The student's usable lessons, above the week they book from. */
export function PackageSummary({ time }: { time: ZonedFormat }) {
  const t = useTranslations("student.book");
  const packages = trpc.billing.myPackages.useQuery();
  const active = packages.data?.filter((pkg) => pkg.status === "ACTIVE") ?? [];
  return (
    <section className="card package-summary" data-testid="packages" aria-labelledby="package-summary-title">
      <h2 id="package-summary-title">{t("packages")}</h2>
      {packages.isPending ? (
        <Loading />
      ) : active.length === 0 ? (
        <p className="notice">{t("noPackage")}</p>
      ) : (
        <ul className="plain">
          {active.map((pkg) => (
            <li key={pkg.id}>{t("lessonsLeft", { left: pkg.lessonsLeft, total: pkg.lessonsTotal, date: time.date(pkg.expiresAt) })}</li>
          ))}
        </ul>
      )}
      <Link href="/packages">{t("allPackages")}</Link>
    </section>
  );
}
