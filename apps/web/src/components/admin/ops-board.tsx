"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { SubmitButton } from "@/components/submit-button";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";

/** What needs an operator, each problem beside the button that remedies it and its answer. */
export function OpsBoard() {
  const t = useTranslations("adminDesk");
  const time = useZonedTime();
  const utils = trpc.useUtils();
  const ops = trpc.admin.opsOverview.useQuery({}, { refetchOnWindowFocus: false, refetchOnMount: "always" });
  const refresh = () => Promise.all([utils.admin.opsOverview.invalidate(), utils.admin.kpiOverview.invalidate()]);
  const expireHolds = trpc.booking.expireHolds.useMutation({ onSuccess: refresh });
  const expirePackages = trpc.billing.expirePackages.useMutation({ onSuccess: refresh });
  const requeue = trpc.admin.requeueDeadLetters.useMutation({ onSuccess: refresh });
  const board = ops.data;
  const remedy = (mutation: typeof expireHolds | typeof expirePackages, label: string) => (
    <>
      <SubmitButton type="button" variant="secondary" pending={mutation.isPending} onClick={() => mutation.mutate()}>
        {label}
      </SubmitButton>
      {mutation.data && (
        <span role="status" className="notice">
          {t("ops.expired", { count: mutation.data.expired })}
        </span>
      )}
    </>
  );
  return (
    <div className="ops" data-testid="ops-board">
      <h2>{t("dashboard.opsTitle")}</h2>
      <ErrorAlert error={ops.error ?? expireHolds.error ?? expirePackages.error ?? requeue.error} />
      {ops.isPending && <Loading />}
      {board && (
        <table className="table ops-table">
          <tbody>
            <tr>
              <th>{t("ops.outboxPending")}</th>
              <td>{board.outboxPending}</td>
              <td>{t("ops.outboxLag")}: {t("ops.seconds", { count: board.outboxLagSeconds })}</td>
            </tr>
            <tr>
              <th>{t("ops.outboxRetrying")}</th>
              <td>{board.outboxRetryableFailed}</td>
              <td />
            </tr>
            <tr className={board.outboxDeadLetter > 0 ? "attention" : undefined}>
              <th>{t("ops.deadLetters")}</th>
              <td>{board.outboxDeadLetter}</td>
              <td className="actions">
                <SubmitButton type="button" variant="secondary" pending={requeue.isPending} onClick={() => requeue.mutate({})}>
                  {t("ops.requeue")}
                </SubmitButton>
                {requeue.data && (
                  <span role="status" className="notice">
                    {t("ops.requeued", { count: requeue.data.requeued })}
                  </span>
                )}
              </td>
            </tr>
            <tr className={board.notificationsFailed > 0 ? "attention" : undefined}>
              <th>{t("ops.notificationsFailed")}</th>
              <td>{board.notificationsFailed}</td>
              <td />
            </tr>
            <tr className={board.staleHolds > 0 ? "attention" : undefined}>
              <th>{t("ops.staleHolds")}</th>
              <td>{board.staleHolds}</td>
              <td className="actions">{remedy(expireHolds, t("ops.expireHolds"))}</td>
            </tr>
            <tr className={board.overdueActivePackages > 0 ? "attention" : undefined}>
              <th>{t("ops.overduePackages")}</th>
              <td>{board.overdueActivePackages}</td>
              <td className="actions">{remedy(expirePackages, t("ops.expirePackages"))}</td>
            </tr>
            <tr className={board.paidButUnusable > 0 ? "attention" : undefined}>
              <th>{t("ops.paidButUnusable")}</th>
              <td>{board.paidButUnusable}</td>
              <td>
                {board.paidButUnusablePackages.length === 0 ? (
                  t("ops.allClear")
                ) : (
                  <ul className="plain">
                    {board.paidButUnusablePackages.map((pkg) => (
                      <li key={pkg.id}>
                        <Link href={`/admin/billing?student=${pkg.studentId}&name=${encodeURIComponent(pkg.studentName)}`}>
                          {pkg.studentName} · {t("billing.lessons")}: {pkg.lessonsLeft} ·{" "}
                          {time && t("billing.expires", { date: time.date(pkg.expiresAt) })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
