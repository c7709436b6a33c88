import { z } from "zod";
import { ZId, ZMoney } from "../shared-schemas.ts";
import { ZPackage } from "./schemas.ts";

export const ZBillingCreatePackageInput = z.object({
  studentId: ZId,
  lessonsTotal: z.number().int().min(1).max(200),
  expiresAt: z.date(),
  price: ZMoney,
});
export const ZBillingCreatePackageOutput = ZPackage;

export type TBillingCreatePackageInput = z.input<typeof ZBillingCreatePackageInput>;
export type TBillingCreatePackageOutput = z.output<typeof ZBillingCreatePackageOutput>;
