import type { JsonSchema } from "./json-schema.ts";

const EXAMPLE_ID = "6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab";
// A fixed instant keeps the reference the same on every build; the examples book and publish slots
// at it, which only a future instant allows: a Monday evening far beyond any school's lifetime.
const EXAMPLE_INSTANT = new Date("2100-01-04T18:00:00.000Z");

/**
 * A value a caller could send for a JSON Schema: the schema's own example or default where it
 * has one, else the simplest value of its type, with only the required properties of objects.
 * Date-time strings come back as Dates, as the typed client sends them.
 */
export function exampleOf(schema: JsonSchema | boolean): unknown {
  if (typeof schema === "boolean") return null;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const branch = (schema.anyOf ?? schema.oneOf)?.find((option) => option.type !== "null");
  if (branch) return exampleOf(branch);
  switch (schema.type) {
    case "object": {
      const properties = schema.properties ?? {};
      return Object.fromEntries((schema.required ?? []).map((name) => [name, exampleOf(properties[name] ?? {})]));
    }
    case "array":
      return schema.items === undefined || Array.isArray(schema.items) ? [] : [exampleOf(schema.items)];
    case "string":
      return stringExample(schema);
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    default:
      return null;
  }
}

function stringExample(schema: JsonSchema): string | Date {
  switch (schema.format) {
    case "uuid":
      return EXAMPLE_ID;
    case "date-time":
      return EXAMPLE_INSTANT;
    case "date":
      return EXAMPLE_INSTANT.toISOString().slice(0, 10);
    default:
      return "text".padEnd(schema.minLength ?? 0, ".");
  }
}
