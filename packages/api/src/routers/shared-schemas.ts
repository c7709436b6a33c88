import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@guitaronline/domain";
import { z } from "zod";

export const zId = z.uuid();
// `examples` feed the developer reference; they change nothing on the wire.
export const zEmail = z.string().max(254).trim().toLowerCase().pipe(z.email()).meta({ examples: ["student@example.com"] });
export const zPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .meta({ examples: ["correct horse battery staple"] });
export const zLocale = z.enum(["en", "ru"]);

export const zTimeZone = z.string().max(64).refine(
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
export const zPage = {
  cursor: zId.optional(),
  limit: z.number().int().min(1).max(100).default(20),
};

export const zBookingStatus = z.enum(["HOLD", "CONFIRMED", "CANCELED", "EXPIRED"]);
export const zMoney = z.object({
  amountMinor: z.number().int().min(0).max(100_000_000),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "an ISO 4217 code such as EUR")
    .meta({ examples: ["EUR"] }),
});
export const zSlot = z.object({ id: zId, teacherId: zId, startsAt: z.date(), endsAt: z.date() });
