import { z } from "zod";
import { idempotencyKeyField, ZId } from "../shared-schemas.ts";
import { ZBookingRef } from "./schemas.ts";

export const ZBookingCancelInput = ZBookingRef.extend({ reason: z.string().trim().max(500).optional(), ...idempotencyKeyField });
export const ZBookingCancelOutput = z.object({ id: ZId, status: z.literal("CANCELED"), refunded: z.boolean() });

export type TBookingCancelInput = z.input<typeof ZBookingCancelInput>;
export type TBookingCancelOutput = z.output<typeof ZBookingCancelOutput>;
