import { z } from "zod";
import { ZId, ZIdRef } from "../shared-schemas.ts";

export const ZSchedulingDeleteSlotInput = z.object({ slotId: ZId });
export const ZSchedulingDeleteSlotOutput = ZIdRef;

export type TSchedulingDeleteSlotInput = z.input<typeof ZSchedulingDeleteSlotInput>;
export type TSchedulingDeleteSlotOutput = z.output<typeof ZSchedulingDeleteSlotOutput>;
