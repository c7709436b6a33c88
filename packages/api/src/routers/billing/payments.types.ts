import { z } from "zod";
import { zId, zPage } from "../shared-schemas.ts";
import { ZPaymentOutput, ZPaymentStatus } from "./billing.types.ts";

export const ZPaymentsInput = z
  .object({ studentId: zId.optional(), packageId: zId.optional(), status: ZPaymentStatus.optional(), ...zPage })
  .default({ limit: 20 });
export const ZPaymentsOutput = z.object({
  items: z.array(ZPaymentOutput.extend({ studentId: zId, studentName: z.string() })),
  nextCursor: zId.nullable(),
});
export type TPaymentsInput = z.infer<typeof ZPaymentsInput>;
export type TPaymentsOutput = z.infer<typeof ZPaymentsOutput>;
