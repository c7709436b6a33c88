import { z } from "zod";
import { ZPackage } from "./schemas.ts";

export const ZBillingMyPackagesOutput = z.array(ZPackage);

export type TBillingMyPackagesOutput = z.output<typeof ZBillingMyPackagesOutput>;
