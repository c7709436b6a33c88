"use client";

import type { ReactNode } from "react";
import { Loading } from "@/components/loading";

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
  if (loading) return <Loading />;
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
