import { z } from "zod";
import { ZBookingStatus, ZId, ZIdempotencyKey } from "../shared-schemas.ts";

export const ZBookingHoldInput = z.object({ slotId: ZId, idempotencyKey: ZIdempotencyKey.optional() });
export const ZBookingHoldOutput = z.object({ id: ZId, status: ZBookingStatus, slotId: ZId, holdExpiresAt: z.date() });

export type TBookingHoldInput = z.input<typeof ZBookingHoldInput>;
export type TBookingHoldOutput = z.output<typeof ZBookingHoldOutput>;
