import { z } from "zod";

export const ZIdentityMfaStatusOutput = z.object({
  enabled: z.boolean(),
  enabledAt: z.date().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** True when this account must turn it on before admin procedures answer (AUTH_REQUIRE_ADMIN_MFA). */
  required: z.boolean(),
});
export type TIdentityMfaStatusOutput = z.infer<typeof ZIdentityMfaStatusOutput>;
