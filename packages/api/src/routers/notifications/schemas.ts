import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

export const ZNotificationStatus = z.enum(["PENDING", "SENT", "FAILED"]);

/** An in-app notification: what happened (`type`) and the event it came from. */
export const ZNotification = z.object({
  id: ZId,
  type: z.string(),
  status: ZNotificationStatus,
  createdAt: z.date(),
  eventId: ZId,
});

export type TNotificationStatus = z.output<typeof ZNotificationStatus>;
export type TNotification = z.output<typeof ZNotification>;
