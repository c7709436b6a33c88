import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

export const ZIdentityRevokeApiTokenInput = z.object({ tokenId: ZId });
export const ZIdentityRevokeApiTokenOutput = z.object({ id: ZId, revokedAt: z.date().nullable() });

export type TIdentityRevokeApiTokenInput = z.input<typeof ZIdentityRevokeApiTokenInput>;
export type TIdentityRevokeApiTokenOutput = z.output<typeof ZIdentityRevokeApiTokenOutput>;
