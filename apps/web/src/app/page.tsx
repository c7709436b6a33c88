import { getTranslations } from "next-intl/server";
import { Greeting } from "@/components/home/greeting";

export default async function HomePage() {
  const t = await getTranslations();
  return (
    <section className="home">
      <h1>{t("app.name")}</h1>
      <p className="lead">{t("app.tagline")}</p>
      <Greeting />
      <ul className="features">
        <li>{t("home.features1")}</li>
        <li>{t("home.features2")}</li>
        <li>{t("home.features3")}</li>
      </ul>
    </section>
  );
}
