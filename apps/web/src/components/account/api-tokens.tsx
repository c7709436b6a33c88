"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";

export function ApiTokens() {
  const t = useTranslations("account");
  const format = useFormatter();
  const time = useZonedTime();
  const utils = trpc.useUtils();
  const tokens = trpc.identity.apiTokens.useQuery();
  const [shownOnce, setShownOnce] = useState<string>();
  const create = trpc.identity.createApiToken.useMutation({
    onSuccess: (created) => {
      setShownOnce(created.token);
      void utils.identity.apiTokens.invalidate();
    },
  });
  const revoke = trpc.identity.revokeApiToken.useMutation({ onSuccess: () => utils.identity.apiTokens.invalidate() });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    create.mutate({ name: String(new FormData(form).get("name")) }, { onSuccess: () => form.reset() });
  }

  return (
    <section className="card">
      <h2>{t("tokensTitle")}</h2>
      <p className="hint">{t("tokensHelp")}</p>
      <form onSubmit={submit} className="form inline-form">
        <label>
          {t("tokenName")}
          <input name="name" required maxLength={100} />
        </label>
        <SubmitButton pending={create.isPending}>{t("createToken")}</SubmitButton>
      </form>
      <ErrorAlert error={create.error ?? revoke.error} />
      {shownOnce && (
        <p className="notice">
          {t("newTokenOnce")} <code data-testid="new-token">{shownOnce}</code>
        </p>
      )}
      {tokens.data?.length === 0 && <p>{t("noTokens")}</p>}
      <ul className="list">
        {tokens.data?.map((token) => (
          <li key={token.id}>
            <strong>{token.name}</strong> <code>{token.tokenPrefix}…</code> · {time && t("created", { date: time.date(token.createdAt) })}
            {token.lastUsedAt && <> · {t("lastUsed", { date: format.relativeTime(token.lastUsedAt) })}</>}
            {token.revokedAt ? (
              <span className="badge">{t("revoked")}</span>
            ) : (
              <SubmitButton
                type="button"
                variant="danger"
                pending={revoke.isPending && revoke.variables?.tokenId === token.id}
                onClick={() => revoke.mutate({ tokenId: token.id })}
              >
                {t("revoke")}
              </SubmitButton>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
