import { z } from "zod";
import { zTotpCode } from "./confirm.types.ts";

export const ZRegenerateRecoveryCodesInput = z.object({ code: zTotpCode });
export type TRegenerateRecoveryCodesInput = z.infer<typeof ZRegenerateRecoveryCodesInput>;
