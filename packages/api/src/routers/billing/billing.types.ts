import { z } from "zod";
import { zId, zMoney } from "../shared-schemas.ts";

export const ZPackageStatus = z.enum(["ACTIVE", "EXPIRED", "DEPLETED"]);
export const ZPaymentStatus = z.enum(["PENDING", "SUCCEEDED", "FAILED", "REFUNDED"]);

export const ZPackageOutput = z.object({
  id: zId,
  status: ZPackageStatus,
  lessonsTotal: z.number().int(),
  lessonsLeft: z.number().int(),
  expiresAt: z.date(),
  price: zMoney,
  createdAt: z.date(),
});
export const ZPaymentOutput = z.object({
  id: zId,
  packageId: zId,
  status: ZPaymentStatus,
  amount: zMoney,
  paidAt: z.date().nullable(),
  createdAt: z.date(),
});
export type TPackageOutput = z.infer<typeof ZPackageOutput>;
export type TPaymentOutput = z.infer<typeof ZPaymentOutput>;
