import { router } from "../../trpc/init.ts";
import { schedulingCreateSlot } from "./create-slot.ts";
import { schedulingCreateWeeklySlots } from "./create-weekly-slots.ts";
import { schedulingDeleteSlot } from "./delete-slot.ts";
import { schedulingMySlots } from "./my-slots.ts";
import { schedulingOnSlotChange } from "./on-slot-change.ts";
import { schedulingOpenSlots } from "./open-slots.ts";
import { schedulingPreviewWeeklySlots } from "./preview-weekly-slots.ts";

export const schedulingRouter = router({
  createSlot: schedulingCreateSlot,
  createWeeklySlots: schedulingCreateWeeklySlots,
  previewWeeklySlots: schedulingPreviewWeeklySlots,
  openSlots: schedulingOpenSlots,
  deleteSlot: schedulingDeleteSlot,
  mySlots: schedulingMySlots,
  onSlotChange: schedulingOnSlotChange,
});
