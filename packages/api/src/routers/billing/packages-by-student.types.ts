import { z } from "zod";
import { ZId } from "../shared-schemas.ts";
import { ZPackage } from "./schemas.ts";

export const ZBillingPackagesByStudentInput = z.object({ studentId: ZId });
export const ZBillingPackagesByStudentOutput = z.array(ZPackage);

export type TBillingPackagesByStudentInput = z.input<typeof ZBillingPackagesByStudentInput>;
export type TBillingPackagesByStudentOutput = z.output<typeof ZBillingPackagesByStudentOutput>;
