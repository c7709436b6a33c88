import { z } from "zod";
import { ZId } from "../shared-schemas.ts";
import { ZPayment, ZPaymentStatus } from "./schemas.ts";

export const ZBillingUpdatePaymentStatusInput = z.object({ paymentId: ZId, status: ZPaymentStatus });
export const ZBillingUpdatePaymentStatusOutput = ZPayment;

export type TBillingUpdatePaymentStatusInput = z.input<typeof ZBillingUpdatePaymentStatusInput>;
export type TBillingUpdatePaymentStatusOutput = z.output<typeof ZBillingUpdatePaymentStatusOutput>;
