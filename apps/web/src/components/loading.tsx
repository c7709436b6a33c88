"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** What a list or a form shows while its data is on the way: "Loading…", or what is loading. */
export function Loading({ children }: { children?: ReactNode }) {
  const t = useTranslations("app");
  return (
    <p className="hint loading" role="status" aria-busy="true">
      {children ?? t("loading")}
    </p>
  );
}
