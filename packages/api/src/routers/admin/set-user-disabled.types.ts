import { z } from "zod";
import { ZUserRef, ZUserSummary } from "./schemas.ts";

export const ZAdminSetUserDisabledInput = ZUserRef.extend({ disabled: z.boolean() });
export const ZAdminSetUserDisabledOutput = ZUserSummary;

export type TAdminSetUserDisabledInput = z.input<typeof ZAdminSetUserDisabledInput>;
export type TAdminSetUserDisabledOutput = z.output<typeof ZAdminSetUserDisabledOutput>;
