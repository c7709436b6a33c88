import { inTransaction, isExclusionViolation, type Db } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import type { Clock } from "../clock.ts";
import { Forbidden, NotFound, SlotInPast, SlotOverlap, SlotUnavailable } from "../errors.ts";
import type { Principal } from "../identity/principal.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";
import { slotStartsInFuture } from "../booking/rules.ts";
import { weeklySlotTimes, type SlotTime, type WeeklyPattern } from "./weekly-pattern.ts";

const MINUTE_MS = 60_000;
const slotView = (slot: { id: string; teacherId: string; startsAt: Date; endsAt: Date }) => ({
  id: slot.id,
  teacherId: slot.teacherId,
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
});

/** The teacher a slot is published for: the teacher themself, or the approved teacher an admin names. */
async function publishingTeacher(db: Db, actor: Principal, teacherId?: string) {
  if (actor.role === "TEACHER") {
    if (teacherId && teacherId !== actor.id) throw new Forbidden("Teachers publish their own slots only.");
    return { id: actor.id, timezone: actor.timezone };
  }
  const teacher = teacherId
    ? await db.user.findFirst({ where: { id: teacherId, role: "TEACHER", teacherApproved: true, disabledAt: null } })
    : null;
  if (!teacher) throw new NotFound("The teacher");
  return { id: teacher.id, timezone: teacher.timezone };
}

async function insertSlots(db: Db, actor: Principal, teacherId: string, times: SlotTime[], now: Date) {
  if (times.some((time) => !slotStartsInFuture(time.startsAt, now))) throw new SlotInPast();
  try {
    return await inTransaction(db, async (tx) => {
      const created = [];
      for (const time of times) created.push(await tx.slot.create({ data: { teacherId, ...time } }));
      await writeAudit(tx, {
        actorId: actor.id,
        action: "scheduling.slots_created",
        entityType: "user",
        entityId: teacherId,
        metadata: { count: created.length, slotIds: created.map((slot) => slot.id) },
      });
      return created.map(slotView);
    });
  } catch (error) {
    // The exclusion constraint refused an overlap with another of the teacher's slots.
    if (isExclusionViolation(error)) throw new SlotOverlap();
    throw error;
  }
}

export async function createSlot(
  db: Db,
  clock: Clock,
  actor: Principal,
  input: { startsAt: Date; durationMinutes: number; teacherId?: string },
) {
  const teacher = await publishingTeacher(db, actor, input.teacherId);
  const endsAt = new Date(input.startsAt.getTime() + input.durationMinutes * MINUTE_MS);
  const [slot] = await insertSlots(db, actor, teacher.id, [{ startsAt: input.startsAt, endsAt }], clock.now());
  return slot!;
}

/** All slots of a weekly pattern in the teacher's time zone, or none when one would overlap. */
export async function createWeeklySlots(
  db: Db,
  clock: Clock,
  actor: Principal,
  input: Omit<WeeklyPattern, "timeZone"> & { timeZone?: string; teacherId?: string },
) {
  const teacher = await publishingTeacher(db, actor, input.teacherId);
  const now = clock.now();
  const times = weeklySlotTimes({ ...input, timeZone: input.timeZone ?? teacher.timezone }).filter((time) =>
    slotStartsInFuture(time.startsAt, now),
  );
  return insertSlots(db, actor, teacher.id, times, now);
}

/** A teacher removes their own free slot (an admin any); a slot with an active booking stays. */
export async function deleteSlot(db: Db, clock: Clock, actor: Principal, { slotId }: { slotId: string }) {
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    await tx.$queryRaw`SELECT id FROM slots WHERE id = ${slotId}::uuid FOR UPDATE`;
    const slot = await tx.slot.findUnique({ where: { id: slotId } });
    if (!slot || slot.deletedAt || (actor.role !== "ADMIN" && slot.teacherId !== actor.id)) throw new NotFound("The slot");
    const active = await tx.booking.count({
      where: { slotId, OR: [{ status: "CONFIRMED" }, { status: "HOLD", holdExpiresAt: { gt: now } }] },
    });
    if (active > 0) throw new SlotUnavailable("This slot is booked; cancel the booking first.");
    await tx.slot.update({ where: { id: slotId }, data: { deletedAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "scheduling.slot_deleted", entityType: "slot", entityId: slotId });
    return { id: slotId };
  });
}

export interface OpenSlotQuery extends PageQuery {
  teacherId?: string;
  from?: Date;
  to?: Date;
}

/** Future slots with no active booking (an expired hold does not count), soonest first. */
export async function listOpenSlots(db: Db, clock: Clock, query: OpenSlotQuery) {
  const now = clock.now();
  const from = query.from && query.from > now ? query.from : now;
  const rows = await db.slot.findMany({
    where: {
      deletedAt: null,
      teacherId: query.teacherId,
      startsAt: { gt: from, ...(query.to ? { lt: query.to } : {}) },
      teacher: { disabledAt: null },
      bookings: { none: { OR: [{ status: "CONFIRMED" }, { status: "HOLD", holdExpiresAt: { gt: now } }] } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    ...pageArgs(query),
    include: { teacher: { select: { name: true } } },
  });
  return pageOf(rows.map((slot) => ({ ...slotView(slot), teacherName: slot.teacher.name })), query);
}
