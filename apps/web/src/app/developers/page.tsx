import { developerReference } from "@guitaronline/api";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { ProcedureEntry } from "@/components/developers/procedure-entry";

export const metadata: Metadata = { title: "Developers · GuitarOnline" };

const CLIENT_SETUP = `import { createGuitarOnlineClient } from "@guitaronline/client";

const client = createGuitarOnlineClient({
  baseUrl: process.env.GUITARONLINE_URL!,
  token: process.env.GUITARONLINE_TOKEN!,
});`;

const code = (chunks: ReactNode) => <code>{chunks}</code>;

/** The developer reference: every procedure of the router, generated from its own meta and schemas. */
export default async function DevelopersPage() {
  const t = await getTranslations("developers");
  const procedures = developerReference();
  const routers = new Map<string, typeof procedures>();
  for (const procedure of procedures) routers.set(procedure.router, [...(routers.get(procedure.router) ?? []), procedure]);
  return (
    <section className="reference">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <h2>{t("wireTitle")}</h2>
      <p>
        {t.rich("wire", {
          code,
          query: 'input={"json":…}',
          body: '{"json":…}',
          answer: '{"result":{"data":{"json":…}}}',
        })}
      </p>
      <h2>{t("authTitle")}</h2>
      <p>{t.rich("auth", { code, account: (chunks) => <Link href="/account">{chunks}</Link> })}</p>
      <h2>{t("errorsTitle")}</h2>
      <p>{t.rich("errors", { code })}</p>
      <h2>{t("clientTitle")}</h2>
      <p>{t.rich("client", { code })}</p>
      <pre className="code">{CLIENT_SETUP}</pre>
      <p>{t.rich("openApi", { code, link: (chunks) => <a href="/api/openapi.json">{chunks}</a> })}</p>

      <nav className="toc" aria-labelledby="toc-title">
        <h2 id="toc-title">{t("contents")}</h2>
        {[...routers].map(([router, members]) => (
          <div key={router}>
            <a href={`#${router}`} className="toc-router">
              {router}
            </a>
            <ul>
              {members.map((procedure) => (
                <li key={procedure.path}>
                  <a href={`#${procedure.path}`}>{procedure.path.slice(router.length + 1)}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>

      {[...routers].map(([router, members]) => (
        <section key={router} id={router} aria-labelledby={`${router}-title`}>
          <h2 id={`${router}-title`}>{router}</h2>
          {members.map((procedure) => (
            <ProcedureEntry key={procedure.path} procedure={procedure} />
          ))}
        </section>
      ))}
    </section>
  );
}
