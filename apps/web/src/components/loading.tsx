"use client";

import { useTranslations } from "next-intl";

/** What a list shows while its data is on the way. */
export function Loading() {
  const t = useTranslations("student.common");
  return (
    <p className="hint loading" role="status">
      {t("loading")}
    </p>
  );
}
