import type { z } from "zod";
import { zPageInputOf, zPageOf } from "../shared-schemas.ts";
import { ZNotification } from "./schemas.ts";

export const ZNotificationsMyInput = zPageInputOf();
export const ZNotificationsMyOutput = zPageOf(ZNotification);

export type TNotificationsMyInput = z.input<typeof ZNotificationsMyInput>;
export type TNotificationsMyOutput = z.output<typeof ZNotificationsMyOutput>;
