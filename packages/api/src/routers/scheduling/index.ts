import { router } from "../../trpc/init.ts";
import { schedulingCreateSlot } from "./create-slot.ts";
import { schedulingCreateWeeklySlots } from "./create-weekly-slots.ts";
import { schedulingDeleteSlot } from "./delete-slot.ts";
import { schedulingOpenSlots } from "./open-slots.ts";

export const schedulingRouter = router({
  createSlot: schedulingCreateSlot,
  createWeeklySlots: schedulingCreateWeeklySlots,
  openSlots: schedulingOpenSlots,
  deleteSlot: schedulingDeleteSlot,
});
