import { z } from "zod";

export const ZKpiSeriesInput = z.object({ days: z.number().int().min(1).max(366).default(30) }).default({ days: 30 });
export const ZKpiSeriesOutput = z.object({
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
export type TKpiSeriesInput = z.infer<typeof ZKpiSeriesInput>;
export type TKpiSeriesOutput = z.infer<typeof ZKpiSeriesOutput>;
