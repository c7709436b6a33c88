import { z } from "zod";
import { zTotpCode } from "./confirm.types.ts";

export const ZIdentityMfaRegenerateRecoveryCodesInput = z.object({ code: zTotpCode });
export type TIdentityMfaRegenerateRecoveryCodesInput = z.infer<typeof ZIdentityMfaRegenerateRecoveryCodesInput>;
