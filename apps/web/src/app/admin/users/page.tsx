import { getTranslations } from "next-intl/server";
import { UserAdmin } from "@/components/admin/user-admin";

export default async function AdminUsersPage() {
  const t = await getTranslations("admin");
  return (
    <section>
      <h1>{t("usersTitle")}</h1>
      <UserAdmin />
    </section>
  );
}
