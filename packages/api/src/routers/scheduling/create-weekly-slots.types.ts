import { z } from "zod";
import { idempotencyKeyField, ZId, ZTimeZone } from "../shared-schemas.ts";
import { ZSlot, ZSlotDuration } from "./schemas.ts";

/** A time of day on the teacher's wall clock. */
const ZWallClock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time such as 18:00")
  .meta({ examples: ["18:00"] });

export const ZSchedulingCreateWeeklySlotsInput = z
  .object({
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    from: ZWallClock,
    to: ZWallClock.meta({ examples: ["20:00"] }),
    durationMinutes: ZSlotDuration,
    startDate: z.iso.date(),
    weeks: z.number().int().min(1).max(26),
    timeZone: ZTimeZone.optional(),
    teacherId: ZId.optional(),
    ...idempotencyKeyField,
  })
  .refine((pattern) => pattern.from < pattern.to, { message: "must end after it starts", path: ["to"] });
export const ZSchedulingCreateWeeklySlotsOutput = z.array(ZSlot);

export type TSchedulingCreateWeeklySlotsInput = z.input<typeof ZSchedulingCreateWeeklySlotsInput>;
export type TSchedulingCreateWeeklySlotsOutput = z.output<typeof ZSchedulingCreateWeeklySlotsOutput>;
