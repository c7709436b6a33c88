import { z } from "zod";
import { ZId, zPageInputOf, zPageOf } from "../shared-schemas.ts";

export const ZAdminAuditLogInput = zPageInputOf({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(200).optional(),
  actorId: ZId.optional(),
  action: z.string().max(100).optional().meta({ examples: ["billing.payment.refunded"] }),
  from: z.date().optional(),
  to: z.date().optional(),
});
export const ZAdminAuditEntry = z.object({
  id: ZId,
  action: z.string(),
  actorId: ZId.nullable(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  createdAt: z.date(),
  metadata: z.record(z.string(), z.unknown()),
});
export const ZAdminAuditLogOutput = zPageOf(ZAdminAuditEntry);
export type TAdminAuditLogInput = z.infer<typeof ZAdminAuditLogInput>;
export type TAdminAuditLogOutput = z.infer<typeof ZAdminAuditLogOutput>;
