import type { z } from "zod";
import { ZExpiredCount } from "../shared-schemas.ts";

export const ZBillingExpirePackagesOutput = ZExpiredCount;

export type TBillingExpirePackagesOutput = z.output<typeof ZBillingExpirePackagesOutput>;
