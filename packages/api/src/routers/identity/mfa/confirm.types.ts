import { z } from "zod";

/** The six digits an authenticator app shows (a space in the middle is allowed). */
export const zTotpCode = z
  .string()
  .trim()
  .regex(/^\d{3} ?\d{3}$/, "six digits")
  .meta({ examples: ["123456"] });

export const ZConfirmInput = z.object({ code: zTotpCode });
export type TConfirmInput = z.infer<typeof ZConfirmInput>;

export const ZRecoveryCodesOutput = z.object({
  /** Shown once: only their hashes are kept. */
  recoveryCodes: z.array(z.string()),
});
export type TRecoveryCodesOutput = z.infer<typeof ZRecoveryCodesOutput>;
