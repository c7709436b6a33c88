import { z } from "zod";
import { ZId, ZMoney } from "../shared-schemas.ts";
import { ZPackage, ZPayment } from "./schemas.ts";

export const ZBillingSellPackageInput = z.object({
  studentId: ZId,
  lessonsTotal: z.number().int().min(1).max(200),
  expiresAt: z.date(),
  price: ZMoney,
  paymentStatus: z.enum(["PENDING", "SUCCEEDED"]).default("SUCCEEDED"),
  idempotencyKey: z.string().min(1).max(100),
});
export const ZBillingSellPackageOutput = z.object({ package: ZPackage, payment: ZPayment });
export type TBillingSellPackageInput = z.infer<typeof ZBillingSellPackageInput>;
export type TBillingSellPackageOutput = z.infer<typeof ZBillingSellPackageOutput>;
