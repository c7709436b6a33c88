import { APP_CODES } from "@guitaronline/domain";
import type { ProcedureAccess } from "../trpc/meta.ts";
import type { JsonSchema } from "./json-schema.ts";
import type { ProcedureReference } from "./reference.ts";

const SUPERJSON_META = { $ref: "#/components/schemas/SuperjsonMeta" };

/** superjson's envelope: the value in `json`, and in `meta` which of its strings are Dates. */
const superjsonEnvelope = (json: JsonSchema): JsonSchema => ({
  type: "object",
  properties: { json, meta: SUPERJSON_META },
  required: ["json"],
});

/** OpenAPI 3.1 for the HTTP wire of every procedure: a query is a GET, a mutation a POST. */
export function openApiDocument(procedures: readonly ProcedureReference[]) {
  return {
    openapi: "3.1.0",
    info: {
      title: "GuitarOnline API",
      version: "1",
      description:
        "The tRPC procedures of GuitarOnline over HTTP with the superjson transformer: values travel as " +
        '`{"json": …}`, with `meta` marking which strings are Dates (ISO-8601 instants). A query is a GET with the ' +
        "input URL-encoded in the `input` parameter; a mutation is a POST with the input as the body. Several calls " +
        "can go in one batch (`/api/trpc/a,b?batch=1`). Programs authenticate with a personal API token as a bearer " +
        "token. A failure carries a stable machine code in `error.json.data.appCode`.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/" }],
    tags: [...new Set(procedures.map((procedure) => procedure.router))].map((name) => ({ name })),
    paths: Object.fromEntries(
      procedures.map((procedure) => [
        `/api/trpc/${procedure.path}`,
        { [procedure.kind === "mutation" ? "post" : "get"]: operationOf(procedure) },
      ]),
    ),
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token, made in the portal under Account → Personal API tokens.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The portal's session after signing in (`__Secure-next-auth.session-token` over https).",
        },
      },
      schemas: {
        SuperjsonMeta: {
          type: "object",
          description: 'Set by superjson when a value holds Dates, e.g. `{"values": {"startsAt": ["Date"]}}`.',
        },
        Error: {
          type: "object",
          properties: {
            error: superjsonEnvelope({
              type: "object",
              properties: {
                message: { type: "string" },
                code: { type: "integer", description: "The JSON-RPC error code." },
                data: {
                  type: "object",
                  properties: {
                    code: { type: "string", description: "The tRPC error code, e.g. NOT_FOUND." },
                    httpStatus: { type: "integer" },
                    path: { type: "string" },
                    appCode: { type: "string", enum: [...APP_CODES] },
                    fieldErrors: {
                      type: "object",
                      description: "For validation_failed: the messages of each field that was refused.",
                      additionalProperties: { type: "array", items: { type: "string" } },
                    },
                  },
                  required: ["code", "httpStatus", "appCode"],
                },
              },
              required: ["message", "code", "data"],
            }),
          },
          required: ["error"],
        },
      },
      responses: {
        Error: {
          description: "The call failed; `error.json.data.appCode` says why.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    },
  };
}

function operationOf(procedure: ProcedureReference) {
  const appCodes = [...procedure.appCodes, ...procedure.genericAppCodes];
  const input = procedure.input;
  const envelope = input && { schema: superjsonEnvelope(input.schema), example: input.example };
  return {
    operationId: procedure.path,
    tags: [procedure.router],
    summary: procedure.path,
    description: `${procedure.description}\n\nWho may call it: ${whoMayCall(procedure.access)}. App codes: ${appCodes.join(", ")}.`,
    security: procedure.access === "public" ? [] : [{ bearerToken: [] }, { sessionCookie: [] }],
    "x-access": procedure.access,
    "x-app-codes": appCodes,
    ...(procedure.kind === "mutation"
      ? {
          requestBody: {
            required: Boolean(input && !input.optional),
            content: { "application/json": envelope ?? { schema: {} } },
          },
        }
      : envelope && {
          parameters: [
            {
              name: "input",
              in: "query",
              required: !input.optional,
              description: 'The input as superjson JSON, URL-encoded: `{"json": …}`.',
              content: { "application/json": envelope },
            },
          ],
        }),
    responses: {
      "200": procedure.kind === "subscription" ? eventStream() : result(procedure.output),
      default: { $ref: "#/components/responses/Error" },
    },
  };
}

const result = (output: JsonSchema | null) => ({
  description: "The procedure's answer.",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          result: { type: "object", properties: { data: superjsonEnvelope(output ?? {}) }, required: ["data"] },
        },
        required: ["result"],
      },
    },
  },
});

const eventStream = () => ({
  description: "Server-sent events, each carrying one value as superjson JSON.",
  content: { "text/event-stream": { schema: { type: "string" } } },
});

function whoMayCall(access: ProcedureAccess): string {
  if (access === "public") return "anyone, signed in or not";
  if (access === "signed-in") return "anyone signed in";
  return access.map((role) => (role === "TEACHER" ? "teachers (once approved)" : `${role.toLowerCase()}s`)).join(" or ");
}
