import type { z } from "zod";
import { ZBookingStatus, zPageInputOf, zPageOf } from "../shared-schemas.ts";
import { ZBookingSummary } from "./schemas.ts";

export const ZBookingMyInput = zPageInputOf({ status: ZBookingStatus.optional() });
export const ZBookingMyOutput = zPageOf(ZBookingSummary);

export type TBookingMyInput = z.input<typeof ZBookingMyInput>;
export type TBookingMyOutput = z.output<typeof ZBookingMyOutput>;
