import type { AnyProcedure, AnyRouter } from "@trpc/server";
import superjson, { type SuperJSONResult } from "superjson";
import { z } from "zod";
import { appRouter } from "../root.ts";
import type { AppCode } from "@guitaronline/domain";
import type { ProcedureAccess, ProcedureMeta } from "../trpc/meta.ts";
import { exampleOf } from "./examples.ts";
import { isZodSchema, wireJsonSchema, type JsonSchema } from "./json-schema.ts";

export type ProcedureKind = "query" | "mutation" | "subscription";

/** One procedure as the developer reference and the OpenAPI document describe it. */
export interface ProcedureReference {
  /** e.g. `booking.hold`; `router` is the part before the dot. */
  path: string;
  router: string;
  kind: ProcedureKind;
  access: ProcedureAccess;
  description: string;
  /** The codes of the procedure's own rules. */
  appCodes: readonly AppCode[];
  /** The codes any call with this access can get (bad input, not signed in, wrong role…). */
  genericAppCodes: readonly AppCode[];
  /** Null when the procedure takes no input; `optional` when a call may leave it out. */
  input: { schema: JsonSchema; optional: boolean; example: SuperJSONResult } | null;
  /** What a call answers with; for a subscription, each of its events. */
  output: JsonSchema | null;
}

// rate_limited is among them only for a signed-in caller's changes (their budget of changes);
// identity.register, limited per address, declares it itself.
const GENERIC_APP_CODES: Record<"public" | "signed-in" | "roles", readonly AppCode[]> = {
  public: ["validation_failed", "internal_error"],
  "signed-in": ["validation_failed", "unauthorized", "internal_error"],
  roles: ["validation_failed", "unauthorized", "forbidden", "internal_error"],
};

/** The router's procedures by path, e.g. `booking.hold` (tRPC keeps them flat at run time). */
export const proceduresOf = (router: AnyRouter) =>
  Object.entries(router._def.procedures as Record<string, AnyProcedure>);
const metaOf = (procedure: AnyProcedure) => (procedure._def.meta ?? {}) as ProcedureMeta;

/** The procedures whose meta lacks a description or a declared access, each with what it lacks. */
export function undocumentedProcedures(router: AnyRouter): string[] {
  return proceduresOf(router).flatMap(([path, procedure]) => {
    const { access, description } = metaOf(procedure);
    const missing = [!access && "access", !description?.trim() && "description"].filter(Boolean);
    return missing.length > 0 ? [`${path}: no ${missing.join(", no ")}`] : [];
  });
}

/** Every procedure of a router, described from its own meta and zod schemas. */
export function describeRouter(router: AnyRouter): ProcedureReference[] {
  const undocumented = undocumentedProcedures(router);
  if (undocumented.length > 0) throw new Error(`Procedures without reference meta: ${undocumented.join("; ")}`);
  return proceduresOf(router).map(([path, procedure]) => {
    const { access, description, appCodes = [] } = metaOf(procedure) as Required<ProcedureMeta>;
    const budgeted: readonly AppCode[] = procedure._def.type === "mutation" && access !== "public" ? ["rate_limited"] : [];
    const generic: readonly AppCode[] = [
      ...GENERIC_APP_CODES[typeof access === "string" ? access : "roles"],
      ...budgeted,
      // An admin without two-factor sign-in, where AUTH_REQUIRE_ADMIN_MFA asks for it.
      ...(typeof access !== "string" && access.includes("ADMIN") ? (["mfa_required"] as const) : []),
    ];
    return {
      path,
      router: path.split(".")[0]!,
      kind: procedure._def.type,
      access,
      description,
      appCodes,
      genericAppCodes: generic.filter((code) => !appCodes.includes(code)),
      input: inputOf(path, procedure._def.inputs),
      output: outputOf(path, procedure._def.type === "subscription" ? metaOf(procedure).events : (procedure._def as { output?: unknown }).output),
    };
  });
}

function inputOf(path: string, parsers: unknown[]): ProcedureReference["input"] {
  if (parsers.length === 0) return null;
  const schemas = parsers.map((parser) => {
    if (!isZodSchema(parser)) throw new Error(`${path}: the reference reads zod input schemas only`);
    return parser;
  });
  const json = schemas.map((schema) => wireJsonSchema(schema, "input"));
  const schema = json.length === 1 ? json[0]! : { allOf: json };
  const optional = schemas.every((parser) => z.safeParse(parser, undefined).success);
  return { schema, optional, example: superjson.serialize(exampleOf(schema)) };
}

function outputOf(path: string, parser: unknown): JsonSchema | null {
  if (parser === undefined) return null;
  if (!isZodSchema(parser)) throw new Error(`${path}: the reference reads zod output schemas only`);
  return wireJsonSchema(parser, "output");
}

let cached: ProcedureReference[] | undefined;

/** The reference of the product's own router, built once per process. */
export function developerReference(): ProcedureReference[] {
  return (cached ??= describeRouter(appRouter));
}
