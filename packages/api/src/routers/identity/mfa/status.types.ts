import { z } from "zod";

export const ZStatusOutput = z.object({
  enabled: z.boolean(),
  enabledAt: z.date().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** True when this account must turn it on before admin procedures answer (AUTH_REQUIRE_ADMIN_MFA). */
  required: z.boolean(),
});
export type TStatusOutput = z.infer<typeof ZStatusOutput>;
