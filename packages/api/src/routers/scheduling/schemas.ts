import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

export const ZSlot = z.object({ id: ZId, teacherId: ZId, startsAt: z.date(), endsAt: z.date() });
export const ZSlotDuration = z.number().int().min(15).max(240);

export type TSlot = z.output<typeof ZSlot>;
