import { z } from "zod";

export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The JSON Schema of what travels on the wire for a zod schema: the `input` side for what a
 * caller sends, the `output` side for what comes back. superjson carries a Date as an ISO
 * instant, so a date is a date-time string; any other type JSON cannot carry is an error.
 */
export function wireJsonSchema(schema: z.core.$ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io,
    unrepresentable: ({ zodSchema }) =>
      zodSchema._zod.def.type === "date" ? { type: "string", format: "date-time" } : "throw",
  });
  return json;
}

export function isZodSchema(parser: unknown): parser is z.core.$ZodType {
  return typeof parser === "object" && parser !== null && "_zod" in parser;
}
