"use client";

import { useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { SubmitButton } from "@/components/submit-button";
import { trpc } from "@/trpc/react";

/** Approve teachers, disable or enable accounts, end someone's sessions. */
export function UserAdmin() {
  const t = useTranslations();
  const { data: session } = useSession();
  const [pendingOnly, setPendingOnly] = useState(false);
  const [search, setSearch] = useState("");
  const utils = trpc.useUtils();
  const users = trpc.admin.users.useInfiniteQuery(
    { pendingApproval: pendingOnly || undefined, search: search || undefined, limit: 20 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const refresh = () => utils.admin.users.invalidate();
  const approve = trpc.admin.approveTeacher.useMutation({ onSuccess: refresh });
  const setDisabled = trpc.admin.setUserDisabled.useMutation({ onSuccess: refresh });
  const signOutUser = trpc.admin.signOutUser.useMutation();
  const failure = users.error ?? approve.error ?? setDisabled.error ?? signOutUser.error;
  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div>
      <div className="filters">
        <label className="inline">
          <input type="checkbox" checked={pendingOnly} onChange={(event) => setPendingOnly(event.target.checked)} />{" "}
          {t("admin.pendingOnly")}
        </label>
        <input type="search" placeholder={t("admin.search")} value={search} onChange={(event) => setSearch(event.target.value)} />
      </div>
      <ErrorAlert error={failure} />
      {users.isSuccess && rows.length === 0 && <p>{t("admin.noUsers")}</p>}
      <table className="table">
        <thead>
          <tr>
            <th>{t("admin.name")}</th>
            <th>{t("admin.email")}</th>
            <th>{t("admin.role")}</th>
            <th>{t("admin.status")}</th>
            <th>{t("admin.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((user) => (
            <tr key={user.id} data-testid={`user-${user.email}`}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{t(`roles.${user.role}`)}</td>
              <td>
                {user.disabledAt ? t("admin.disabled") : t("admin.active")}
                {user.role === "TEACHER" && ` · ${user.teacherApproved ? t("admin.approved") : t("admin.awaitingApproval")}`}
              </td>
              <td className="actions">
                {user.role === "TEACHER" && !user.teacherApproved && (
                  <SubmitButton
                    type="button"
                    pending={approve.isPending && approve.variables?.userId === user.id}
                    onClick={() => approve.mutate({ userId: user.id })}
                  >
                    {t("admin.approve")}
                  </SubmitButton>
                )}
                {user.id !== session?.user.id && (
                  <SubmitButton
                    type="button"
                    variant={user.disabledAt ? "secondary" : "danger"}
                    pending={setDisabled.isPending && setDisabled.variables?.userId === user.id}
                    onClick={() => setDisabled.mutate({ userId: user.id, disabled: !user.disabledAt })}
                  >
                    {user.disabledAt ? t("admin.enable") : t("admin.disable")}
                  </SubmitButton>
                )}
                <SubmitButton
                  type="button"
                  variant="secondary"
                  pending={signOutUser.isPending && signOutUser.variables?.userId === user.id}
                  onClick={() => signOutUser.mutate({ userId: user.id })}
                >
                  {t("admin.signOutUser")}
                </SubmitButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {users.hasNextPage && (
        <SubmitButton type="button" variant="secondary" pending={users.isFetchingNextPage} onClick={() => void users.fetchNextPage()}>
          {t("admin.more")}
        </SubmitButton>
      )}
    </div>
  );
}
