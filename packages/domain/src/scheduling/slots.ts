import { isExclusionViolation } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { NotFound, SlotInPast, SlotOverlap, SlotUnavailable } from "../errors.ts";
import { record } from "../events/record.ts";
import type { Actor } from "../identity/actor.ts";
import type { Principal } from "../identity/principal.ts";
import { keyedRequest, type Keyed, type KeyedRequest } from "../idempotency.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";
import { slotStartsInFuture } from "../booking/rules.ts";
import { activeBookingAt } from "./active-booking.ts";
import { publishingTeacher } from "./publishing-teacher.ts";
import { upcomingWeeklySlotTimes, type SlotTime, type WeeklyPatternRequest } from "./weekly-pattern.ts";

const MINUTE_MS = 60_000;
const slotView = (slot: { id: string; teacherId: string; startsAt: Date; endsAt: Date }) => ({
  id: slot.id,
  teacherId: slot.teacherId,
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
});

/**
 * Publishes the slots `timesFor` gives for the publishing teacher, all or none, in one
 * transaction. The database's exclusion constraint refuses an overlap with another of their slots.
 */
async function publishSlots(
  deps: DomainDeps,
  actor: Principal,
  { teacherId, idempotent }: { teacherId: string | undefined; idempotent: KeyedRequest | undefined },
  timesFor: (teacher: { timezone: string }, now: Date) => SlotTime[],
) {
  const now = deps.clock.now();
  try {
    return await inOneTransaction(
      deps,
      async (tx) => {
        const teacher = await publishingTeacher(tx, actor, teacherId);
        const times = timesFor(teacher, now);
        if (times.some((time) => !slotStartsInFuture(time.startsAt, now))) throw new SlotInPast();
        const created = [];
        for (const time of times) created.push(await tx.slot.create({ data: { teacherId: teacher.id, ...time } }));
        await record(tx, {
          actor,
          entity: { type: "user", id: teacher.id },
          audit: "scheduling.slots_created",
          metadata: { count: created.length, slotIds: created.map((slot) => slot.id) },
        });
        return created.map(slotView);
      },
      { idempotent },
    );
  } catch (error) {
    if (isExclusionViolation(error)) throw new SlotOverlap();
    throw error;
  }
}

export async function createSlot(
  deps: DomainDeps,
  actor: Principal,
  input: { startsAt: Date; durationMinutes: number; teacherId?: string } & Keyed,
) {
  const endsAt = new Date(input.startsAt.getTime() + input.durationMinutes * MINUTE_MS);
  const publishing = { teacherId: input.teacherId, idempotent: keyedRequest("scheduling.createSlot", actor, input) };
  const [slot] = await publishSlots(deps, actor, publishing, () => [{ startsAt: input.startsAt, endsAt }]);
  return slot!;
}

/** All slots of a weekly pattern in the teacher's time zone, or none when one would overlap. */
export async function createWeeklySlots(deps: DomainDeps, actor: Principal, input: WeeklyPatternRequest & Keyed) {
  const publishing = { teacherId: input.teacherId, idempotent: keyedRequest("scheduling.createWeeklySlots", actor, input) };
  return publishSlots(deps, actor, publishing, (teacher, now) => upcomingWeeklySlotTimes(input, teacher, now));
}

/** A teacher removes their own free slot (an admin any); a slot with an active booking stays. */
export async function deleteSlot(deps: DomainDeps, actor: Principal, input: { slotId: string } & Keyed) {
  const { slotId } = input;
  const now = deps.clock.now();
  return inOneTransaction(
    deps,
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM slots WHERE id = ${slotId}::uuid FOR UPDATE`;
      const slot = await tx.slot.findUnique({ where: { id: slotId } });
      if (!slot || slot.deletedAt || (actor.role !== "ADMIN" && slot.teacherId !== actor.id)) throw new NotFound("The slot");
      const active = await tx.booking.count({
        where: { slotId, ...activeBookingAt(now) },
      });
      if (active > 0) throw new SlotUnavailable("This slot is booked; cancel the booking first.");
      await tx.slot.update({ where: { id: slotId }, data: { deletedAt: now } });
      await record(tx, { actor, entity: { type: "slot", id: slotId }, audit: "scheduling.slot_deleted" });
      return { id: slotId };
    },
    { idempotent: keyedRequest("scheduling.deleteSlot", actor, input) },
  );
}

export interface OpenSlotQuery extends PageQuery {
  teacherId?: string;
  from?: Date;
  to?: Date;
}

/** Future slots with no active booking (an expired hold does not count), soonest first. */
export async function listOpenSlots(deps: DomainDeps, _reader: Actor, query: OpenSlotQuery) {
  const now = deps.clock.now();
  const from = query.from && query.from > now ? query.from : now;
  const rows = await deps.db.slot.findMany({
    where: {
      deletedAt: null,
      teacherId: query.teacherId,
      startsAt: { gt: from, ...(query.to ? { lt: query.to } : {}) },
      teacher: { disabledAt: null },
      bookings: { none: activeBookingAt(now) },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    ...pageArgs(query),
    include: { teacher: { select: { name: true } } },
  });
  return pageOf(rows.map((slot) => ({ ...slotView(slot), teacherName: slot.teacher.name })), query);
}
