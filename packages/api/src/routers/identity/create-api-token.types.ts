import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

export const ZIdentityCreateApiTokenInput = z.object({ name: z.string().trim().min(1).max(100) });
export const ZIdentityCreateApiTokenOutput = z.object({
  id: ZId,
  token: z.string(),
  name: z.string(),
  tokenPrefix: z.string(),
  createdAt: z.date(),
});

export type TIdentityCreateApiTokenInput = z.input<typeof ZIdentityCreateApiTokenInput>;
export type TIdentityCreateApiTokenOutput = z.output<typeof ZIdentityCreateApiTokenOutput>;
