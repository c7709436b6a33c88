import type { z } from "zod";
import { ZExpiredCount } from "../shared-schemas.ts";

export const ZBookingExpireHoldsOutput = ZExpiredCount;

export type TBookingExpireHoldsOutput = z.output<typeof ZBookingExpireHoldsOutput>;
