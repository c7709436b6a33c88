import { createSlot, createWeeklySlots, deleteSlot, listOpenSlots } from "@guitaronline/domain";
import { z } from "zod";
import { router } from "../../trpc/init.ts";
import { memberProcedure, staffProcedure } from "../../trpc/procedures.ts";
import { ZId, ZIdRef, zPageInputOf, zPageOf, ZTimeZone } from "../shared-schemas.ts";
import { ZSlot, ZSlotDuration } from "./schemas.ts";

const ZWallClock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time such as 18:00")
  .meta({ examples: ["18:00"] });

export const schedulingRouter = router({
  createSlot: staffProcedure
    .meta({
      description:
        "Publishes a free slot: a teacher their own, an admin for the approved teacher named by teacherId. A " +
        "teacher's slots never overlap.",
      appCodes: ["forbidden", "not_found", "slot_in_past", "slot_overlap"],
    })
    .input(z.object({ startsAt: z.date(), durationMinutes: ZSlotDuration, teacherId: ZId.optional() }))
    .output(ZSlot)
    .mutation(({ ctx, input }) => createSlot(ctx.deps, ctx.principal, input)),

  createWeeklySlots: staffProcedure
    .meta({
      description:
        "Publishes a weekly pattern such as Mondays and Thursdays 18:00–20:00 for 6 weeks, in the teacher's time " +
        "zone (past times are skipped): all of its slots, or none when one would overlap.",
      appCodes: ["forbidden", "not_found", "slot_overlap"],
    })
    .input(
      z
        .object({
          weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
          from: ZWallClock,
          to: ZWallClock.meta({ examples: ["20:00"] }),
          durationMinutes: ZSlotDuration,
          startDate: z.iso.date(),
          weeks: z.number().int().min(1).max(26),
          timeZone: ZTimeZone.optional(),
          teacherId: ZId.optional(),
        })
        .refine((pattern) => pattern.from < pattern.to, { message: "must end after it starts", path: ["to"] }),
    )
    .output(z.array(ZSlot))
    .mutation(({ ctx, input }) => createWeeklySlots(ctx.deps, ctx.principal, input)),

  openSlots: memberProcedure
    .meta({
      description: "Future slots nobody has booked or holds, soonest first; filter by teacher and by time.",
    })
    .input(zPageInputOf({ teacherId: ZId.optional(), from: z.date().optional(), to: z.date().optional() }))
    .output(zPageOf(ZSlot.extend({ teacherName: z.string() })))
    .query(({ ctx, input }) => listOpenSlots(ctx.deps, ctx.principal, input)),

  deleteSlot: staffProcedure
    .meta({
      description:
        "Removes a free slot: a teacher their own, an admin any. A slot with an active booking stays until it is " +
        "canceled.",
      appCodes: ["not_found", "slot_unavailable"],
    })
    .input(z.object({ slotId: ZId }))
    .output(ZIdRef)
    .mutation(({ ctx, input }) => deleteSlot(ctx.deps, ctx.principal, input)),
});
