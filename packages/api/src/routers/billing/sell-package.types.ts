import { z } from "zod";
import { zId, zMoney } from "../shared-schemas.ts";
import { ZPackageOutput, ZPaymentOutput } from "./billing.types.ts";

export const ZSellPackageInput = z.object({
  studentId: zId,
  lessonsTotal: z.number().int().min(1).max(200),
  expiresAt: z.date(),
  price: zMoney,
  paymentStatus: z.enum(["PENDING", "SUCCEEDED"]).default("SUCCEEDED"),
  idempotencyKey: z.string().min(1).max(100),
});
export const ZSellPackageOutput = z.object({ package: ZPackageOutput, payment: ZPaymentOutput });
export type TSellPackageInput = z.infer<typeof ZSellPackageInput>;
export type TSellPackageOutput = z.infer<typeof ZSellPackageOutput>;
