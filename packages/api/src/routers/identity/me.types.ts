import { z } from "zod";
import { ZId, ZRole } from "../shared-schemas.ts";

export const ZIdentityMeOutput = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  role: ZRole,
  teacherApproved: z.boolean(),
  locale: z.string(),
  timezone: z.string(),
});

export type TIdentityMeOutput = z.output<typeof ZIdentityMeOutput>;
