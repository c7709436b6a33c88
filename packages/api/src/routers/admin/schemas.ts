import { z } from "zod";
import { ZId, ZRole } from "../shared-schemas.ts";

/** The user a call acts on. */
export const ZUserRef = z.object({ userId: ZId });

/** A user as the admins see them in their lists. */
export const ZUserSummary = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  role: ZRole,
  teacherApproved: z.boolean(),
  disabledAt: z.date().nullable(),
  createdAt: z.date(),
});

export type TUserSummary = z.output<typeof ZUserSummary>;
