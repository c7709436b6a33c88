"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** A desk list: loading, empty or a scrollable table with its head; the rows are the caller's. */
export function DeskTable({
  loading,
  empty,
  emptyText,
  testId,
  headings,
  children,
}: {
  loading: boolean;
  empty: boolean;
  emptyText: string;
  testId: string;
  headings: string[];
  children: ReactNode;
}) {
  const t = useTranslations("adminDesk.common");
  if (loading) return <p aria-busy="true">{t("loading")}</p>;
  if (empty) return <p className="hint">{emptyText}</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            {headings.map((heading, index) => (
              <th key={index}>{heading}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
