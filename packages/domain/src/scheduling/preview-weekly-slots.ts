import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { publishingTeacher } from "./publishing-teacher.ts";
import { upcomingWeeklySlotTimes, type WeeklyPatternRequest } from "./weekly-pattern.ts";

/**
 * The slots publishing a weekly pattern would make, without saving anything: the times the
 * publish would create, the zone they are in, and which of them clash with the teacher's
 * existing slots (the publish would then refuse the whole pattern).
 */
export async function previewWeeklySlots(deps: DomainDeps, actor: Principal, input: WeeklyPatternRequest) {
  const teacher = await publishingTeacher(deps.db, actor, input.teacherId);
  const timeZone = input.timeZone ?? teacher.timezone;
  const times = upcomingWeeklySlotTimes(input, teacher, deps.clock.now());
  const first = times[0]?.startsAt;
  const last = times.at(-1)?.endsAt;
  const existing =
    first && last
      ? await deps.db.slot.findMany({
          where: { teacherId: teacher.id, deletedAt: null, startsAt: { lt: last }, endsAt: { gt: first } },
          select: { startsAt: true, endsAt: true },
        })
      : [];
  const clashes = (time: { startsAt: Date; endsAt: Date }) =>
    existing.some((slot) => slot.startsAt < time.endsAt && slot.endsAt > time.startsAt);
  return { timeZone, slots: times.map((time) => ({ ...time, overlapsExisting: clashes(time) })) };
}
