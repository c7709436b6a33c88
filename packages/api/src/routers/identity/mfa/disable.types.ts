import { z } from "zod";

export const ZDisableInput = z.object({
  /** A code from the authenticator app, or one of the recovery codes. */
  code: z.string().trim().min(6).max(20).meta({ examples: ["123456", "7KQ4-M2XD-9FHT"] }),
  password: z.string().min(1).max(200).meta({ examples: ["correct horse battery staple"] }),
});
export type TDisableInput = z.infer<typeof ZDisableInput>;

export const ZDisableOutput = z.object({ id: z.uuid() });
export type TDisableOutput = z.infer<typeof ZDisableOutput>;
