import { z } from "zod";

// The schemas more than one router uses. A schema is `Z…` and its type `T…`; a function that
// makes a schema is camelCase, `z…Of(…)`. `examples` feed the developer reference; they change
// nothing on the wire.

export const ZId = z.uuid();
/** What a change answers with when the changed row is all there is to say. */
export const ZIdRef = z.object({ id: ZId });
export const ZRole = z.enum(["STUDENT", "TEACHER", "ADMIN"]);
export const ZBookingStatus = z.enum(["HOLD", "CONFIRMED", "CANCELED", "EXPIRED"]);
export const ZIdempotencyKey = z.string().min(1).max(100);
/**
 * The optional key a change takes: the same key from the same user for the same procedure
 * answers as the first request did (for 24 h at least); with another request it is
 * idempotency_conflict. Spread into a change's input object.
 */
export const idempotencyKeyField = { idempotencyKey: ZIdempotencyKey.optional() };
/** How many rows a sweep marked EXPIRED (holds, packages). */
export const ZExpiredCount = z.object({ expired: z.number().int() });

export const ZMoney = z.object({
  amountMinor: z.number().int().min(0).max(100_000_000),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "an ISO 4217 code such as EUR")
    .meta({ examples: ["EUR"] }),
});

export const ZTimeZone = z.string().max(64).refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: "Unknown time zone" },
).meta({ examples: ["Europe/Berlin"] });

/** `cursor` is the id of the last item of the previous page. */
const pageRequest = {
  cursor: ZId.optional(),
  limit: z.number().int().min(1).max(100).default(20),
};

/**
 * A request for a page: the filters, then `cursor` and `limit`; left out, the first 20 unfiltered.
 * Every filter is optional, so that first page is a whole request.
 */
export const zPageInputOf = <Filters extends Record<string, z.ZodOptional> = Record<never, never>>(
  filters = {} as Filters,
) => {
  const request = z.object({ ...filters, ...pageRequest });
  return request.default({ limit: 20 } as z.core.util.NoUndefined<z.output<typeof request>>);
};

/** A page of items; `nextCursor` is null on the last page. */
export const zPageOf = <Item extends z.ZodType>(item: Item) =>
  z.object({ items: z.array(item), nextCursor: ZId.nullable() });

export type TId = z.output<typeof ZId>;
export type TIdRef = z.output<typeof ZIdRef>;
export type TRole = z.output<typeof ZRole>;
export type TBookingStatus = z.output<typeof ZBookingStatus>;
export type TMoney = z.output<typeof ZMoney>;
