"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { useZonedTime } from "@/lib/use-zoned-time";
import { trpc } from "@/trpc/react";
import { useDateRange } from "./date-range";
import { DeskTable } from "./desk-table";

const ENTITY_TYPES = ["booking", "lesson", "lesson_package", "payment", "slot", "user", "api_token", "outbox"] as const;
const isUuid = (value: string) => /^[0-9a-f-]{36}$/i.test(value);

/** Where the desk shows the entity an entry names, when it has a page for it. */
function entityLink(entry: { entityType: string; entityId: string; metadata: Record<string, unknown> }): string | null {
  if (!isUuid(entry.entityId)) return null;
  const studentId = typeof entry.metadata.studentId === "string" ? entry.metadata.studentId : null;
  if (entry.entityType === "user") return `/admin/billing?student=${entry.entityId}`;
  if (entry.entityType === "lesson_package" && studentId) return `/admin/billing?student=${studentId}`;
  return `/admin/audit?entityType=${entry.entityType}&entityId=${entry.entityId}`;
}

/** The audit trail, newest first, filtered by action, entity and time; each entry links to what it names. */
export function AuditTrail() {
  const t = useTranslations("adminDesk");
  const time = useZonedTime();
  const params = useSearchParams();
  const [action, setAction] = useState(params.get("action") ?? "");
  const [entityType, setEntityType] = useState(params.get("entityType") ?? "");
  const [entityId, setEntityId] = useState(params.get("entityId") ?? "");
  const range = useDateRange();
  const log = trpc.admin.auditLog.useInfiniteQuery(
    {
      action: action.trim() || undefined,
      entityType: entityType || undefined,
      entityId: entityId.trim() || undefined,
      from: range.from,
      to: range.to,
      limit: 25,
    },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const rows = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div>
      <div className="filters">
        <label>
          {t("audit.action")}
          <input value={action} placeholder={t("audit.actionHint")} onChange={(event) => setAction(event.target.value)} />
        </label>
        <label>
          {t("audit.entityType")}
          <select value={entityType} onChange={(event) => setEntityType(event.target.value)}>
            <option value="">{t("audit.anyEntity")}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("audit.entityId")}
          <input value={entityId} onChange={(event) => setEntityId(event.target.value)} />
        </label>
        {range.inputs}
      </div>
      <ErrorAlert error={log.error} />
      <DeskTable loading={log.isPending || !time} empty={log.isSuccess && rows.length === 0} emptyText={t("audit.noEntries")} testId="audit" headings={[t("common.when"), t("audit.action"), t("audit.actor"), t("audit.entityType"), t("audit.details")]}>
              {rows.map((entry) => {
                const link = entityLink(entry);
                return (
                  <tr key={entry.id}>
                    <td>{time?.dateTime(entry.createdAt)}</td>
                    <td>
                      <code>{entry.action}</code>
                    </td>
                    <td>{entry.actorName ?? t("audit.system")}</td>
                    <td>
                      {link ? (
                        <Link href={link}>
                          {entry.entityType} …{entry.entityId.slice(-8)}
                        </Link>
                      ) : (
                        `${entry.entityType} ${entry.entityId}`
                      )}
                    </td>
                    <td className="hint metadata">{Object.keys(entry.metadata).length > 0 ? JSON.stringify(entry.metadata) : ""}</td>
                  </tr>
                );
              })}
            </DeskTable>
      {log.hasNextPage && (
        <SubmitButton type="button" variant="secondary" pending={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {t("common.more")}
        </SubmitButton>
      )}
    </div>
  );
}
