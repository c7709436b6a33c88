import { clientExample, curlExample, type ProcedureReference } from "@guitaronline/api";
import { getTranslations } from "next-intl/server";

const pretty = (schema: unknown) => JSON.stringify(schema, null, 2);

/** One procedure of the developer reference: what it does, who may call it, its schemas and examples. */
export async function ProcedureEntry({ procedure }: { procedure: ProcedureReference }) {
  const t = await getTranslations("developers");
  const roles = await getTranslations("roles");
  const { access } = procedure;
  const who =
    access === "public"
      ? t("public")
      : access === "signed-in"
        ? t("signedIn")
        : access.map((role) => roles(role)).join(", ");
  return (
    <article className="card procedure" id={procedure.path} data-testid="procedure">
      <h3>
        <code>{procedure.path}</code> <span className="badge">{procedure.kind}</span>
      </h3>
      <p>{procedure.description}</p>
      <dl className="facts">
        <dt>{t("whoMayCall")}</dt>
        <dd data-testid="who-may-call">{who}</dd>
        <dt>{t("appCodes")}</dt>
        <dd>
          {procedure.appCodes.map((code) => (
            <code key={code} className="app-code">
              {code}
            </code>
          ))}
          {procedure.appCodes.length > 0 && <span className="hint">{t("genericAppCodes")}</span>}
          {procedure.genericAppCodes.map((code) => (
            <code key={code} className="app-code generic">
              {code}
            </code>
          ))}
        </dd>
      </dl>
      {procedure.input ? (
        <details>
          <summary>{t("input")}</summary>
          <pre className="code">{pretty(procedure.input.schema)}</pre>
        </details>
      ) : (
        <p className="hint">{t("noInput")}</p>
      )}
      <details>
        <summary>{t("output")}</summary>
        <pre className="code">{pretty(procedure.output ?? {})}</pre>
      </details>
      <h4>curl</h4>
      <pre className="code">{curlExample(procedure)}</pre>
      <h4>{t("typedClient")}</h4>
      <pre className="code">{clientExample(procedure)}</pre>
    </article>
  );
}
