import { z } from "zod";
import { zId, zPage } from "../shared-schemas.ts";

export const ZUserIdInput = z.object({ userId: zId });
export const ZApproveTeacherOutput = z.object({ id: zId, role: z.literal("TEACHER"), approved: z.literal(true) });
export const ZSetUserDisabledInput = z.object({ userId: zId, disabled: z.boolean() });

export const ZUserSummary = z.object({
  id: zId,
  email: z.string(),
  name: z.string(),
  role: z.enum(["STUDENT", "TEACHER", "ADMIN"]),
  teacherApproved: z.boolean(),
  disabledAt: z.date().nullable(),
  createdAt: z.date(),
});

export const ZUsersInput = z
  .object({
    role: z.enum(["STUDENT", "TEACHER", "ADMIN"]).optional(),
    search: z.string().max(100).optional(),
    pendingApproval: z.boolean().optional(),
    ...zPage,
  })
  .default({ limit: 20 });
export const ZUsersOutput = z.object({ items: z.array(ZUserSummary), nextCursor: zId.nullable() });
