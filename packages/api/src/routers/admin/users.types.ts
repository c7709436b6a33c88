import { z } from "zod";
import { ZRole, zPageInputOf, zPageOf } from "../shared-schemas.ts";
import { ZUserSummary } from "./schemas.ts";

export const ZAdminUsersInput = zPageInputOf({
  role: ZRole.optional(),
  search: z.string().max(100).optional(),
  pendingApproval: z.boolean().optional(),
});
export const ZAdminUsersOutput = zPageOf(ZUserSummary);

export type TAdminUsersInput = z.input<typeof ZAdminUsersInput>;
export type TAdminUsersOutput = z.output<typeof ZAdminUsersOutput>;
