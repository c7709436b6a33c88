"use client";

import { useFormatter } from "next-intl";

/** Minor units as money in the user's language: 1234500 EUR is €12,345.00. */
export function useMoney() {
  const format = useFormatter();
  return (amountMinor: number, currency = "EUR") => format.number(amountMinor / 100, { style: "currency", currency });
}
