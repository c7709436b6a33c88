"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { trpc } from "@/trpc/react";
import { useMoney } from "./use-money";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Sells a package with its payment in one step; one idempotency key per sale, so a double click sells once. */
export function SellPackage({ studentId }: { studentId: string }) {
  const t = useTranslations("adminDesk.billing");
  const money = useMoney();
  const utils = trpc.useUtils();
  const [saleKey, setSaleKey] = useState(() => crypto.randomUUID());
  const sell = trpc.billing.sellPackage.useMutation({
    onSuccess: () => {
      setSaleKey(crypto.randomUUID());
      return Promise.all([utils.billing.packagesByStudent.invalidate({ studentId }), utils.billing.payments.invalidate()]);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sell.isPending) return;
    const form = new FormData(event.currentTarget);
    sell.mutate({
      studentId,
      lessonsTotal: Number(form.get("lessons")),
      price: { amountMinor: Math.round(Number(form.get("price")) * 100), currency: "EUR" },
      expiresAt: new Date(`${String(form.get("expiresOn"))}T23:59:59Z`),
      paymentStatus: form.get("paymentStatus") === "PENDING" ? "PENDING" : "SUCCEEDED",
      idempotencyKey: saleKey,
    });
  };
  return (
    <form className="form card" onSubmit={submit} aria-label={t("sellTitle")}>
      <h3>{t("sellTitle")}</h3>
      <div className="inline-form">
        <label>
          {t("lessons")}
          <input name="lessons" type="number" min={1} max={200} defaultValue={10} required />
        </label>
        <label>
          {t("price")}
          <input name="price" type="number" min={0} step="0.01" defaultValue="250.00" required />
        </label>
        <label>
          {t("expiresOn")}
          <input name="expiresOn" type="date" min={inDays(1)} defaultValue={inDays(90)} required />
        </label>
        <label>
          {t("paymentLabel")}
          <select name="paymentStatus" defaultValue="SUCCEEDED">
            <option value="SUCCEEDED">{t("paid")}</option>
            <option value="PENDING">{t("pending")}</option>
          </select>
        </label>
      </div>
      <SubmitButton pending={sell.isPending}>{t("sell")}</SubmitButton>
      <ErrorAlert error={sell.error} />
      {sell.data && (
        <p role="status" className="notice">
          {t("sold", { lessons: sell.data.package.lessonsTotal, price: money(sell.data.payment.amount.amountMinor, sell.data.payment.amount.currency) })}
        </p>
      )}
    </form>
  );
}
