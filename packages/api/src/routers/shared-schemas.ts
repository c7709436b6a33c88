import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@guitaronline/domain";
import { z } from "zod";

export const zId = z.uuid();
export const zEmail = z.string().max(254).trim().toLowerCase().pipe(z.email());
export const zPassword = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
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
);

/** `cursor` is the id of the last item of the previous page. */
export const zPage = {
  cursor: zId.optional(),
  limit: z.number().int().min(1).max(100).default(20),
};
