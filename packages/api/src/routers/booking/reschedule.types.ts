import { z } from "zod";
import { idempotencyKeyField, ZBookingStatus, ZId } from "../shared-schemas.ts";
import { ZBookingRef } from "./schemas.ts";

export const ZBookingRescheduleInput = ZBookingRef.extend({ newSlotId: ZId, ...idempotencyKeyField });
export const ZBookingRescheduleOutput = z.object({
  id: ZId,
  status: ZBookingStatus,
  rescheduledFromId: ZId,
  lessonId: ZId.nullable(),
});

export type TBookingRescheduleInput = z.input<typeof ZBookingRescheduleInput>;
export type TBookingRescheduleOutput = z.output<typeof ZBookingRescheduleOutput>;
