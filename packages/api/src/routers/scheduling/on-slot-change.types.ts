import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

export const ZSchedulingOnSlotChangeInput = z.object({ teacherId: ZId.optional() }).default({});

/** What the database announces on a change: a slot opened (`open`) or was taken, and how. */
export const ZSlotChangeAnnouncement = z.object({
  slotId: ZId,
  teacherId: ZId,
  kind: z.enum(["published", "deleted", "held", "booked", "freed"]),
  open: z.boolean(),
});
/** One event: a slot's change, or `resync` after the server lost the database for a while and may have missed some. */
export const ZSchedulingOnSlotChangeEvent = z.discriminatedUnion("type", [
  ZSlotChangeAnnouncement.extend({ type: z.literal("slot") }),
  z.object({ type: z.literal("resync") }),
]);

export type TSchedulingOnSlotChangeInput = z.input<typeof ZSchedulingOnSlotChangeInput>;
export type TSlotChangeAnnouncement = z.output<typeof ZSlotChangeAnnouncement>;
export type TSchedulingOnSlotChangeEvent = z.output<typeof ZSchedulingOnSlotChangeEvent>;
