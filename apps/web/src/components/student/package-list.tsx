"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { ErrorAlert } from "@/components/error-alert";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";
import { Loading } from "@/components/loading";

/** Every package the student has had, active first: lessons left, expiry, price. */
export function PackageList() {
  const t = useTranslations("student.packages");
  const format = useFormatter();
  const time = useZonedTime();
  const packages = trpc.billing.myPackages.useQuery();
  if (!time || packages.isPending) return <Loading />;
  const items = [...(packages.data ?? [])].sort(
    (a, b) => Number(b.status === "ACTIVE") - Number(a.status === "ACTIVE") || b.expiresAt.getTime() - a.expiresAt.getTime(),
  );
  return (
    <>
      <ErrorAlert error={packages.error} />
      {packages.isSuccess && items.length === 0 && <p className="empty card">{t("none")}</p>}
      <ul className="plain package-grid">
        {items.map((pkg) => (
          <li key={pkg.id} className={`card package status-${pkg.status.toLowerCase()}`} data-testid="package">
            <div className="package-head">
              <span className="package-left">{t("left", { left: pkg.lessonsLeft, total: pkg.lessonsTotal })}</span>
              <span className={`badge status-${pkg.status.toLowerCase()}`}>{t(`status.${pkg.status}`)}</span>
            </div>
            <meter min={0} max={pkg.lessonsTotal} value={pkg.lessonsLeft} aria-label={t("left", { left: pkg.lessonsLeft, total: pkg.lessonsTotal })} />
            <p>{pkg.status === "EXPIRED" ? t("expired", { date: time.date(pkg.expiresAt) }) : t("expires", { date: time.date(pkg.expiresAt) })}</p>
            <p className="hint">
              {t("bought", {
                date: time.date(pkg.createdAt),
                price: format.number(pkg.price.amountMinor / 100, { style: "currency", currency: pkg.price.currency }),
              })}
            </p>
          </li>
        ))}
      </ul>
      {items.some((pkg) => pkg.status === "ACTIVE" && pkg.lessonsLeft > 0) && (
        <Link className="button primary" href="/book">
          {t("bookNow")}
        </Link>
      )}
    </>
  );
}
