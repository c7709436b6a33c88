import { z } from "zod";

/** The six digits an authenticator app shows (a space in the middle is allowed). */
export const zTotpCode = z
  .string()
  .trim()
  .regex(/^\d{3} ?\d{3}$/, "six digits")
  .meta({ examples: ["123456"] });

export const ZIdentityMfaConfirmInput = z.object({ code: zTotpCode });
export type TIdentityMfaConfirmInput = z.infer<typeof ZIdentityMfaConfirmInput>;

export const ZIdentityMfaRecoveryCodesOutput = z.object({
  /** Shown once: only their hashes are kept. */
  recoveryCodes: z.array(z.string()),
});
export type TIdentityMfaRecoveryCodesOutput = z.infer<typeof ZIdentityMfaRecoveryCodesOutput>;
