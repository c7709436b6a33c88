import type { Role } from "@guitaronline/db";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** When a hold made at `now` lapses. */
export function holdExpiresAt(now: Date, holdMinutes: number): Date {
  return new Date(now.getTime() + holdMinutes * MINUTE_MS);
}

/** A hold is over from its expiry instant on. */
export function holdHasExpired(holdExpiresAt: Date, now: Date): boolean {
  return now.getTime() >= holdExpiresAt.getTime();
}

/** Until when a student who cancels a confirmed lesson gets it back: the refund window before its start. */
export function refundDeadline(startsAt: Date, refundWindowHours: number): Date {
  return new Date(startsAt.getTime() - refundWindowHours * HOUR_MS);
}

/**
 * Whether cancelling a confirmed lesson gives it back to the package: always when the teacher
 * or an admin cancels; for the student, only more than the refund window before the start.
 */
export function lessonReturnsOnCancel({
  startsAt,
  now,
  refundWindowHours,
  canceledBy,
}: {
  startsAt: Date;
  now: Date;
  refundWindowHours: number;
  canceledBy: Role;
}): boolean {
  if (canceledBy !== "STUDENT") return true;
  return now.getTime() < refundDeadline(startsAt, refundWindowHours).getTime();
}

/** A slot can be held when it is live and starts in the future. */
export function slotStartsInFuture(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() > now.getTime();
}

/**
 * How many slots a student may hold at once: the school's cap, and never more than the lessons
 * they have left, so holds cannot block slots the student could never confirm.
 */
export function holdsAllowed({ maxActiveHolds, lessonsLeft }: { maxActiveHolds: number; lessonsLeft: number }): number {
  return Math.max(0, Math.min(maxActiveHolds, lessonsLeft));
}
