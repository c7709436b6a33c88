"use client";

import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";
import { useMoney } from "./use-money";
import { DeskTable } from "./desk-table";

type PaymentStatus = "PENDING" | "SUCCEEDED" | "FAILED" | "REFUNDED";

/** The moves the desk offers from each status; the server's state machine has the last word. */
const NEXT: Record<PaymentStatus, { to: PaymentStatus; label: "markSucceeded" | "markFailed" | "markRefunded" | "markPending" }[]> = {
  PENDING: [
    { to: "SUCCEEDED", label: "markSucceeded" },
    { to: "FAILED", label: "markFailed" },
  ],
  FAILED: [
    { to: "SUCCEEDED", label: "markSucceeded" },
    { to: "PENDING", label: "markPending" },
  ],
  SUCCEEDED: [{ to: "REFUNDED", label: "markRefunded" }],
  REFUNDED: [],
};

/** A student's payments, each with the changes it can take; every change notifies the student. */
export function StudentPayments({ studentId }: { studentId: string }) {
  const t = useTranslations("adminDesk");
  const time = useZonedTime();
  const money = useMoney();
  const utils = trpc.useUtils();
  const payments = trpc.billing.payments.useQuery({ studentId, limit: 50 });
  const change = trpc.billing.updatePaymentStatus.useMutation({
    onSettled: () => Promise.all([utils.billing.payments.invalidate(), utils.billing.packagesByStudent.invalidate({ studentId })]),
  });
  const items = payments.data?.items ?? [];
  return (
    <div className="card">
      <h3>{t("billing.paymentsTitle")}</h3>
      <ErrorAlert error={payments.error ?? change.error} />
      {change.data && (
        <p role="status" className="notice">
          {t("billing.changed", { status: t(`billing.paymentStatus.${change.data.status}`) })}
        </p>
      )}
      <DeskTable loading={payments.isPending || !time} empty={payments.isSuccess && items.length === 0} emptyText={t("billing.noPayments")} testId="payments" headings={[t("billing.amount"), t("common.status"), t("billing.paidAt"), ""]}>
              {items.map((payment) => (
                <tr key={payment.id}>
                  <td>{money(payment.amount.amountMinor, payment.amount.currency)}</td>
                  <td>{t(`billing.paymentStatus.${payment.status}`)}</td>
                  <td>{payment.paidAt ? time?.dateTime(payment.paidAt) : "—"}</td>
                  <td className="actions">
                    {NEXT[payment.status].map(({ to, label }) => (
                      <SubmitButton
                        key={to}
                        type="button"
                        variant={to === "REFUNDED" || to === "FAILED" ? "danger" : "secondary"}
                        pending={change.isPending && change.variables?.paymentId === payment.id}
                        onClick={() => change.mutate({ paymentId: payment.id, status: to })}
                      >
                        {t(`billing.${label}`)}
                      </SubmitButton>
                    ))}
                  </td>
                </tr>
              ))}
            </DeskTable>
    </div>
  );
}
