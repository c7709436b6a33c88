"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { SubmitButton } from "@/components/submit-button";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";
import { useMoney } from "./use-money";

/** A student's packages; one with lessons left can get a new expiry (a lapsed one becomes usable again). */
export function StudentPackages({ studentId }: { studentId: string }) {
  const t = useTranslations("adminDesk");
  const time = useZonedTime();
  const money = useMoney();
  const utils = trpc.useUtils();
  const packages = trpc.billing.packagesByStudent.useQuery({ studentId });
  const [newExpiry, setNewExpiry] = useState(() => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  const extend = trpc.billing.extendPackage.useMutation({ onSuccess: () => utils.billing.packagesByStudent.invalidate({ studentId }) });
  return (
    <div className="card">
      <h3>{t("billing.packagesTitle")}</h3>
      <ErrorAlert error={packages.error ?? extend.error} />
      {packages.isPending && <Loading />}
      {packages.data?.length === 0 && <p className="hint">{t("billing.noPackages")}</p>}
      {extend.data && (
        <p role="status" className="notice">
          {time && t("billing.extended", { date: time.date(extend.data.expiresAt) })}
        </p>
      )}
      {packages.data && packages.data.length > 0 && (
        <>
          <label className="inline">
            {t("billing.extendTo")}
            <input type="date" value={newExpiry} onChange={(event) => setNewExpiry(event.target.value)} />
          </label>
          <ul className="plain rows" data-testid="packages">
            {packages.data.map((pkg) => (
              <li key={pkg.id} data-status={pkg.status}>
                <span className={`badge status-${pkg.status.toLowerCase()}`}>{t(`billing.packageStatus.${pkg.status}`)}</span>{" "}
                {t("billing.lessonsLeft", { left: pkg.lessonsLeft, total: pkg.lessonsTotal })} · {money(pkg.price.amountMinor, pkg.price.currency)} ·{" "}
                {time && t("billing.expires", { date: time.date(pkg.expiresAt) })}
                {pkg.lessonsLeft > 0 && pkg.status !== "DEPLETED" && (
                  <SubmitButton
                    type="button"
                    variant="secondary"
                    pending={extend.isPending && extend.variables?.packageId === pkg.id}
                    onClick={() => extend.mutate({ packageId: pkg.id, expiresAt: new Date(`${newExpiry}T23:59:59Z`) })}
                  >
                    {t("billing.extend")}
                  </SubmitButton>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
