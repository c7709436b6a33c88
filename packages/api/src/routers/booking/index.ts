import { router } from "../../trpc/init.ts";
import { bookingCancel } from "./cancel.ts";
import { bookingConfirm } from "./confirm.ts";
import { bookingExpireHolds } from "./expire-holds.ts";
import { bookingHold } from "./hold.ts";
import { bookingMy } from "./my.ts";
import { bookingReschedule } from "./reschedule.ts";

export const bookingRouter = router({
  hold: bookingHold,
  confirm: bookingConfirm,
  cancel: bookingCancel,
  reschedule: bookingReschedule,
  my: bookingMy,
  expireHolds: bookingExpireHolds,
});
