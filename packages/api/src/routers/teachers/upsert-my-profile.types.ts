import { z } from "zod";
import { idempotencyKeyField, ZId, ZTimeZone } from "../shared-schemas.ts";

export const ZTeachersUpsertMyProfileInput = z.object({
  bio: z.string().trim().max(2_000),
  instruments: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  timezone: ZTimeZone.optional(),
  ...idempotencyKeyField,
});
export const ZTeachersUpsertMyProfileOutput = z.object({
  userId: ZId,
  bio: z.string(),
  instruments: z.array(z.string()),
  timezone: z.string(),
});

export type TTeachersUpsertMyProfileInput = z.input<typeof ZTeachersUpsertMyProfileInput>;
export type TTeachersUpsertMyProfileOutput = z.output<typeof ZTeachersUpsertMyProfileOutput>;
