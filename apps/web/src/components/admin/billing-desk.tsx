"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { SellPackage } from "./sell-package";
import { StudentPackages } from "./student-packages";
import { StudentPayments } from "./student-payments";
import { StudentPicker } from "./student-picker";

/** The desk: find a student, then sell, record payments and extend packages for them. */
export function BillingDesk() {
  const t = useTranslations("adminDesk.billing");
  const router = useRouter();
  const pathname = usePathname();
  const studentId = useSearchParams().get("student");
  return (
    <div className="desk">
      <StudentPicker onChoose={(chosen) => router.replace(`${pathname}?student=${chosen.id}&name=${encodeURIComponent(chosen.name)}`)} />
      {studentId && <StudentAccount studentId={studentId} />}
      {!studentId && <p className="hint">{t("pickFirst")}</p>}
    </div>
  );
}

function StudentAccount({ studentId }: { studentId: string }) {
  const t = useTranslations("adminDesk.billing");
  const name = useSearchParams().get("name");
  return (
    <div data-testid="student-account">
      {name && <h2>{t("selected", { name })}</h2>}
      <SellPackage studentId={studentId} />
      <StudentPackages studentId={studentId} />
      <StudentPayments studentId={studentId} />
    </div>
  );
}
