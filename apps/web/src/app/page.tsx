import { getTranslations } from "next-intl/server";
import { Greeting } from "@/components/home/greeting";
import { api, HydrateClient } from "@/trpc/server";

export default async function HomePage() {
  const t = await getTranslations();
  // Read on the server, so the greeting (a client component) shows who you are at first paint. A
  // visitor's call fails, is not handed over, and the greeting shows the way in.
  await api.identity.me.prefetch();
  return (
    <HydrateClient>
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
    </HydrateClient>
  );
}
