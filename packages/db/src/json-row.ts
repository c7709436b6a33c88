/**
 * A row read as `to_jsonb(table)` in raw SQL, in the shape Prisma gives it: camelCase fields,
 * and the timestamp columns (named `…_at`) as Dates. Lets one statement read a row with its
 * relations where Prisma's `include` would run one query per relation.
 */
export function rowFromJson<T>(json: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(json)) {
    const field = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    row[field] = column.endsWith("_at") && typeof value === "string" ? new Date(value) : value;
  }
  return row as T;
}
