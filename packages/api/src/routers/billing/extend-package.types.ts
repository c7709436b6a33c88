import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

export const ZBillingExtendPackageInput = z.object({ packageId: ZId, expiresAt: z.date(), reason: z.string().max(500).optional() });
export type TBillingExtendPackageInput = z.infer<typeof ZBillingExtendPackageInput>;
