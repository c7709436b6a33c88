import { memberProcedure } from "../../trpc/procedures.ts";
import { ZSchedulingOnSlotChangeEvent, ZSchedulingOnSlotChangeInput } from "./on-slot-change.types.ts";

export const schedulingOnSlotChange = memberProcedure
  .meta({
    description:
      "A subscription (server-sent events): an event each time a slot is published, deleted, held, booked or " +
      "freed, of one teacher's slots when teacherId is given, so an open page can read its slots again. " +
      "`resync` says changes may have been missed (the server lost its database for a while).",
    events: ZSchedulingOnSlotChangeEvent,
  })
  .input(ZSchedulingOnSlotChangeInput)
  .subscription(async function* ({ ctx, input, signal }) {
    for await (const change of ctx.slotChanges.changes(signal)) {
      if (change.type === "resync" || !input.teacherId || change.teacherId === input.teacherId) yield change;
    }
  });
