import { z } from "zod";
import { idempotencyKeyField, ZId, ZIdRef } from "../shared-schemas.ts";

export const ZSchedulingDeleteSlotInput = z.object({ slotId: ZId, ...idempotencyKeyField });
export const ZSchedulingDeleteSlotOutput = ZIdRef;

export type TSchedulingDeleteSlotInput = z.input<typeof ZSchedulingDeleteSlotInput>;
export type TSchedulingDeleteSlotOutput = z.output<typeof ZSchedulingDeleteSlotOutput>;
