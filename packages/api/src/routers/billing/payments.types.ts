import { z } from "zod";
import { ZId, zPageInputOf, zPageOf } from "../shared-schemas.ts";
import { ZPayment, ZPaymentStatus } from "./schemas.ts";

export const ZBillingPaymentsInput = zPageInputOf({ studentId: ZId.optional(), packageId: ZId.optional(), status: ZPaymentStatus.optional() });
export const ZBillingPaymentsOutput = zPageOf(ZPayment.extend({ studentId: ZId, studentName: z.string() }));
export type TBillingPaymentsInput = z.infer<typeof ZBillingPaymentsInput>;
export type TBillingPaymentsOutput = z.infer<typeof ZBillingPaymentsOutput>;
