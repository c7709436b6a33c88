import { z } from "zod";
import { ZId, ZRole, zPageInputOf, zPageOf } from "../shared-schemas.ts";

export const ZUserIdInput = z.object({ userId: ZId });
export const ZApproveTeacherOutput = z.object({ id: ZId, role: z.literal("TEACHER"), approved: z.literal(true) });
export const ZSetUserDisabledInput = z.object({ userId: ZId, disabled: z.boolean() });

export const ZUserSummary = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  role: ZRole,
  teacherApproved: z.boolean(),
  disabledAt: z.date().nullable(),
  createdAt: z.date(),
});

export const ZUsersInput = zPageInputOf({
  role: ZRole.optional(),
  search: z.string().max(100).optional(),
  pendingApproval: z.boolean().optional(),
});
export const ZUsersOutput = zPageOf(ZUserSummary);
