"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ZonedFormat } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";
import { Loading } from "@/components/loading";

/** The student's usable lessons, in one line above the week they book from. */
export function PackageSummary({ time }: { time: ZonedFormat }) {
  const t = useTranslations("student.book");
  const packages = trpc.billing.myPackages.useQuery();
  const active = packages.data?.filter((pkg) => pkg.status === "ACTIVE") ?? [];
  if (packages.isPending) return <Loading />;
  return (
    <section className="package-summary" data-testid="packages" aria-label={t("packages")}>
      {active.length === 0 ? (
        <p className="notice">{t("noPackage")}</p>
      ) : (
        <p>
          <strong>{t("packages")}:</strong>{" "}
          {active.map((pkg) => t("lessonsLeft", { left: pkg.lessonsLeft, total: pkg.lessonsTotal, date: time.date(pkg.expiresAt) })).join("; ")}
          {" · "}
          <Link href="/packages">{t("allPackages")}</Link>
        </p>
      )}
    </section>
  );
}
