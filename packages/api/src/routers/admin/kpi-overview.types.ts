import { z } from "zod";

const zCounts = <S extends string>(statuses: readonly [S, ...S[]]) => z.object(Object.fromEntries(statuses.map((s) => [s, z.number().int()])) as Record<S, z.ZodNumber>);

export const ZAdminKpiOverviewOutput = z.object({
  users: z.object({ byRole: zCounts(["STUDENT", "TEACHER", "ADMIN"]) }),
  bookings: z.object({ byStatus: zCounts(["HOLD", "CONFIRMED", "CANCELED", "EXPIRED"]) }),
  lessons: z.object({ byStatus: zCounts(["SCHEDULED", "COMPLETED", "NO_SHOW", "CANCELED"]) }),
  payments: z.object({
    byStatus: zCounts(["PENDING", "SUCCEEDED", "FAILED", "REFUNDED"]),
    succeededMinor: z.number().int(),
    refundedMinor: z.number().int(),
    netMinor: z.number().int(),
  }),
  packages: z.object({ byStatus: zCounts(["ACTIVE", "EXPIRED", "DEPLETED"]) }),
});
export type TAdminKpiOverviewOutput = z.infer<typeof ZAdminKpiOverviewOutput>;
