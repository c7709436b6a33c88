import { z } from "zod";
import { ZId } from "../shared-schemas.ts";
import { ZUserRef } from "./schemas.ts";

export const ZAdminApproveTeacherInput = ZUserRef;
export const ZAdminApproveTeacherOutput = z.object({ id: ZId, role: z.literal("TEACHER"), approved: z.literal(true) });

export type TAdminApproveTeacherInput = z.input<typeof ZAdminApproveTeacherInput>;
export type TAdminApproveTeacherOutput = z.output<typeof ZAdminApproveTeacherOutput>;
