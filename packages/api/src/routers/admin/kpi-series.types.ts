import { z } from "zod";

export const ZAdminKpiSeriesInput = z.object({ days: z.number().int().min(1).max(366).default(30) }).default({ days: 30 });
export const ZAdminKpiSeriesOutput = z.object({
  days: z.array(
    z.object({
      day: z.string().meta({ examples: ["2026-11-25"] }),
      bookings: z.object({ HOLD: z.number().int(), CONFIRMED: z.number().int(), CANCELED: z.number().int(), EXPIRED: z.number().int() }),
      revenue: z.object({ succeededMinor: z.number().int(), refundedMinor: z.number().int(), netMinor: z.number().int() }),
      lessons: z.object({ completed: z.number().int(), noShow: z.number().int() }),
      activeStudents: z.number().int(),
    }),
  ),
  activeStudents: z.number().int(),
});
export type TAdminKpiSeriesInput = z.infer<typeof ZAdminKpiSeriesInput>;
export type TAdminKpiSeriesOutput = z.infer<typeof ZAdminKpiSeriesOutput>;
