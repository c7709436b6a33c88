"use client";

import type { TTeacher } from "@guitaronline/api/contracts";
import { useTranslations } from "next-intl";

/** What a student reads about a teacher: bio, instruments and where (on which clock) they live. */
export function TeacherFacts({ teacher }: { teacher: TTeacher }) {
  const t = useTranslations("student.teachers");
  return (
    <>
      <p className={teacher.bio ? "teacher-bio" : "teacher-bio hint"}>{teacher.bio || t("noBio")}</p>
      <dl className="teacher-facts">
        <dt>{t("instruments")}</dt>
        <dd>
          {(teacher.instruments.length ? teacher.instruments : [t("noInstruments")]).map((instrument) => (
            <span key={instrument} className="badge">
              {instrument}
            </span>
          ))}
        </dd>
      </dl>
      <p className="hint">{t("timezone", { zone: teacher.timezone.replaceAll("_", " ") })}</p>
    </>
  );
}
