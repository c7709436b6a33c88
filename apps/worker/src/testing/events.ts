import { randomUUID } from "node:crypto";

/**
 * Rows of `booking.confirmed` events (e-mailed to student and teacher) for a lesson a day ahead,
 * tagged by `aggregateType` or `aggregateId` so a test finds its own.
 */
export function bookingConfirmedEvents(
  count: number,
  { studentId, teacherId, aggregateType = "booking", aggregateId }: { studentId: string; teacherId: string; aggregateType?: string; aggregateId?: string },
) {
  const startsAt = new Date(Date.now() + 86_400_000);
  return Array.from({ length: count }, () => ({
    type: "booking.confirmed",
    aggregateType,
    aggregateId: aggregateId ?? randomUUID(),
    payload: {
      bookingId: randomUUID(),
      lessonId: randomUUID(),
      studentId,
      teacherId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    },
  }));
}
