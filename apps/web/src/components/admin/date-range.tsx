"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Two dates (YYYY-MM-DD, either may be empty) and their inputs; the instants cover whole local days. */
export function useDateRange() {
  const t = useTranslations("adminDesk.common");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const inputs = (
    <>
      <label>
        {t("from")}
        <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
      </label>
      <label>
        {t("to")}
        <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
      </label>
    </>
  );
  return {
    inputs,
    from: from ? new Date(`${from}T00:00:00`) : undefined,
    to: to ? new Date(`${to}T23:59:59.999`) : undefined,
  };
}
