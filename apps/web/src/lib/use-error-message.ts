"use client";

import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";

/** A server error as a sentence in the user's language, chosen by its appCode. */
export function useErrorMessage() {
  const t = useTranslations("errors");
  return (error: unknown): string => {
    const code =
      typeof error === "string"
        ? error
        : error instanceof TRPCClientError
          ? ((error.data as { appCode?: string } | undefined)?.appCode ?? "network")
          : "internal_error";
    return t.has(code) ? t(code) : t("internal_error");
  };
}
