import superjson from "superjson";
import type { ProcedureReference } from "./reference.ts";

/** The environment variables every example reads, as the example program in packages/client does. */
const BASE_URL = "$GUITARONLINE_URL";
const BEARER = '-H "Authorization: Bearer $GUITARONLINE_TOKEN"';

const shellQuoted = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** A curl call of the procedure with its example input: GET with `input` for a query, POST for a mutation. */
export function curlExample(procedure: ProcedureReference): string {
  const url = `"${BASE_URL}/api/trpc/${procedure.path}"`;
  const wire = procedure.input ? JSON.stringify(procedure.input.example) : undefined;
  const lines =
    procedure.kind === "mutation"
      ? [`curl -X POST ${url}`, '-H "Content-Type: application/json"', `-d ${shellQuoted(wire ?? "{}")}`]
      : [
          procedure.kind === "subscription" ? `curl -N -G ${url} -H "Accept: text/event-stream"` : `curl -G ${url}`,
          ...(wire ? [`--data-urlencode ${shellQuoted(`input=${wire}`)}`] : []),
        ];
  if (procedure.access !== "public") lines.splice(1, 0, BEARER);
  return lines.join(" \\\n  ");
}

/** The same call through the typed client of @guitaronline/client. */
export function clientExample(procedure: ProcedureReference): string {
  const method = { query: "query", mutation: "mutate", subscription: "subscribe" }[procedure.kind];
  const input = procedure.input ? jsLiteral(superjson.deserialize(procedure.input.example)) : "";
  const args = procedure.kind === "subscription" ? `${input || "undefined"}, { onData: console.log }` : input;
  return `${procedure.kind === "subscription" ? "" : "await "}client.${procedure.path}.${method}(${args});`;
}

/** A value as TypeScript source: plain keys unquoted, Dates as `new Date(…)`. */
function jsLiteral(value: unknown): string {
  if (value instanceof Date) return `new Date(${JSON.stringify(value.toISOString())})`;
  if (Array.isArray(value)) return `[${value.map(jsLiteral).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${jsLiteral(item)}`,
    );
    return entries.length > 0 ? `{ ${entries.join(", ")} }` : "{}";
  }
  return JSON.stringify(value);
}
