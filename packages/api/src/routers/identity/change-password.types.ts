import { z } from "zod";
import { ZIdRef } from "../shared-schemas.ts";
import { ZPassword } from "./schemas.ts";

export const ZIdentityChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: ZPassword,
});
export const ZIdentityChangePasswordOutput = ZIdRef;

export type TIdentityChangePasswordInput = z.input<typeof ZIdentityChangePasswordInput>;
export type TIdentityChangePasswordOutput = z.output<typeof ZIdentityChangePasswordOutput>;
