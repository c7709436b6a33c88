import { z } from "zod";
import { idempotencyKeyField, ZId } from "../shared-schemas.ts";
import { ZSlot, ZSlotDuration } from "./schemas.ts";

export const ZSchedulingCreateSlotInput = z.object({
  startsAt: z.date(),
  durationMinutes: ZSlotDuration,
  teacherId: ZId.optional(),
  ...idempotencyKeyField,
});
export const ZSchedulingCreateSlotOutput = ZSlot;

export type TSchedulingCreateSlotInput = z.input<typeof ZSchedulingCreateSlotInput>;
export type TSchedulingCreateSlotOutput = z.output<typeof ZSchedulingCreateSlotOutput>;
