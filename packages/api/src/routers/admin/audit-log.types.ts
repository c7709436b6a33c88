import { z } from "zod";
import { zId, zPage } from "../shared-schemas.ts";

export const ZAuditLogInput = z
  .object({
    entityType: z.string().max(40).optional(),
    entityId: z.string().max(200).optional(),
    actorId: zId.optional(),
    action: z.string().max(100).optional().meta({ examples: ["billing.payment.refunded"] }),
    from: z.date().optional(),
    to: z.date().optional(),
    ...zPage,
  })
  .default({ limit: 20 });
export const ZAuditEntry = z.object({
  id: zId,
  action: z.string(),
  actorId: zId.nullable(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  createdAt: z.date(),
  metadata: z.record(z.string(), z.unknown()),
});
export const ZAuditLogOutput = z.object({ items: z.array(ZAuditEntry), nextCursor: zId.nullable() });
export type TAuditLogInput = z.infer<typeof ZAuditLogInput>;
export type TAuditLogOutput = z.infer<typeof ZAuditLogOutput>;
