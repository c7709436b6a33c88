"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { trpc } from "@/trpc/react";

/** Finds a student by name or e-mail; choosing one hands their id and name up. */
export function StudentPicker({ onChoose }: { onChoose: (student: { id: string; name: string }) => void }) {
  const t = useTranslations("adminDesk");
  const [search, setSearch] = useState("");
  const students = trpc.admin.users.useQuery({ role: "STUDENT", search: search || undefined, limit: 8 }, { enabled: search.length > 0 });
  return (
    <div className="picker">
      <label>
        {t("billing.findStudent")}
        <input type="search" placeholder={t("billing.searchPlaceholder")} value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      {students.isSuccess && students.data.items.length === 0 && <p className="hint">{t("billing.noStudents")}</p>}
      {students.data && students.data.items.length > 0 && (
        <ul className="plain picker-results">
          {students.data.items.map((student) => (
            <li key={student.id}>
              <button type="button" className="button secondary" onClick={() => onChoose(student)}>
                {t("billing.choose")}
              </button>{" "}
              {student.name} <span className="hint">{student.email}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
