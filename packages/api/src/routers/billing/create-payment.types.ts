import { z } from "zod";
import { ZId, ZIdempotencyKey, ZMoney } from "../shared-schemas.ts";
import { ZPayment } from "./schemas.ts";

export const ZBillingCreatePaymentInput = z.object({ packageId: ZId, amount: ZMoney, idempotencyKey: ZIdempotencyKey });
export const ZBillingCreatePaymentOutput = ZPayment;

export type TBillingCreatePaymentInput = z.input<typeof ZBillingCreatePaymentInput>;
export type TBillingCreatePaymentOutput = z.output<typeof ZBillingCreatePaymentOutput>;
