import { z } from "zod";

export const ZIdentityMfaDisableInput = z.object({
  /** A code from the authenticator app, or one of the recovery codes. */
  code: z.string().trim().min(6).max(20).meta({ examples: ["123456", "7KQ4-M2XD-9FHT"] }),
  password: z.string().min(1).max(200).meta({ examples: ["correct horse battery staple"] }),
});
export type TIdentityMfaDisableInput = z.infer<typeof ZIdentityMfaDisableInput>;

export const ZIdentityMfaDisableOutput = z.object({ id: z.uuid() });
export type TIdentityMfaDisableOutput = z.infer<typeof ZIdentityMfaDisableOutput>;
