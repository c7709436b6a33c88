import { z } from "zod";
import { idempotencyKeyField, ZTimeZone } from "../shared-schemas.ts";
import { ZIdentityMeOutput } from "./me.types.ts";
import { ZLocale, ZPersonName } from "./schemas.ts";

export const ZIdentityUpdateProfileInput = z.object({
  name: ZPersonName.optional(),
  locale: ZLocale.optional(),
  timezone: ZTimeZone.optional(),
  ...idempotencyKeyField,
});
export const ZIdentityUpdateProfileOutput = ZIdentityMeOutput;

export type TIdentityUpdateProfileInput = z.input<typeof ZIdentityUpdateProfileInput>;
export type TIdentityUpdateProfileOutput = z.output<typeof ZIdentityUpdateProfileOutput>;
