import { z } from "zod";
import { ZId, zPageInputOf, zPageOf } from "../shared-schemas.ts";
import { ZSlot } from "./schemas.ts";

export const ZSchedulingOpenSlotsInput = zPageInputOf({
  teacherId: ZId.optional(),
  from: z.date().optional(),
  to: z.date().optional(),
});
export const ZSchedulingOpenSlotsOutput = zPageOf(ZSlot.extend({ teacherName: z.string() }));

export type TSchedulingOpenSlotsInput = z.input<typeof ZSchedulingOpenSlotsInput>;
export type TSchedulingOpenSlotsOutput = z.output<typeof ZSchedulingOpenSlotsOutput>;
