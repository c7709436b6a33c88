import { z } from "zod";
import { idempotencyKeyField, ZId } from "../shared-schemas.ts";
import { ZBookingRef } from "./schemas.ts";

export const ZBookingConfirmInput = ZBookingRef.extend(idempotencyKeyField);
export const ZBookingConfirmOutput = z.object({ id: ZId, status: z.literal("CONFIRMED"), packageId: ZId, lessonId: ZId });

export type TBookingConfirmInput = z.input<typeof ZBookingConfirmInput>;
export type TBookingConfirmOutput = z.output<typeof ZBookingConfirmOutput>;
