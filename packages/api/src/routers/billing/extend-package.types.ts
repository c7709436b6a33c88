import { z } from "zod";
import { zId } from "../shared-schemas.ts";

export const ZExtendPackageInput = z.object({ packageId: zId, expiresAt: z.date(), reason: z.string().max(500).optional() });
export type TExtendPackageInput = z.infer<typeof ZExtendPackageInput>;
