import { z } from "zod";
import { ZSchedulingCreateWeeklySlotsInput } from "./create-weekly-slots.types.ts";

/** The same pattern as scheduling.createWeeklySlots takes, so a form previews then publishes one value. */
export const ZSchedulingPreviewWeeklySlotsInput = ZSchedulingCreateWeeklySlotsInput;
export const ZSchedulingPreviewWeeklySlotsOutput = z.object({
  /** The zone the pattern's wall-clock times are in: the one asked for, else the teacher's. */
  timeZone: z.string(),
  slots: z.array(
    z.object({
      startsAt: z.date(),
      endsAt: z.date(),
      /** Clashes with one of the teacher's slots: publishing the pattern would be refused. */
      overlapsExisting: z.boolean(),
    }),
  ),
});

export type TSchedulingPreviewWeeklySlotsInput = z.input<typeof ZSchedulingPreviewWeeklySlotsInput>;
export type TSchedulingPreviewWeeklySlotsOutput = z.output<typeof ZSchedulingPreviewWeeklySlotsOutput>;
