import { z } from "zod";
import { ZId, ZMoney } from "../shared-schemas.ts";

export const ZPackageStatus = z.enum(["ACTIVE", "EXPIRED", "DEPLETED"]);
/** A student's package of lessons, as the student and the admins see it. */
export const ZPackage = z.object({
  id: ZId,
  status: ZPackageStatus,
  lessonsTotal: z.number().int(),
  lessonsLeft: z.number().int(),
  expiresAt: z.date(),
  price: ZMoney,
  createdAt: z.date(),
});

export const ZPaymentStatus = z.enum(["PENDING", "SUCCEEDED", "FAILED", "REFUNDED"]);
export const ZPayment = z.object({
  id: ZId,
  packageId: ZId,
  status: ZPaymentStatus,
  amount: ZMoney,
  paidAt: z.date().nullable(),
  createdAt: z.date(),
});

export type TPackageStatus = z.output<typeof ZPackageStatus>;
export type TPackage = z.output<typeof ZPackage>;
export type TPaymentStatus = z.output<typeof ZPaymentStatus>;
export type TPayment = z.output<typeof ZPayment>;
