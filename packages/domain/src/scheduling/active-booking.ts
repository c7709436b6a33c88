/** A booking that takes its slot at `now`: confirmed, or a hold that has not lapsed yet. */
export const activeBookingAt = (now: Date) =>
  ({ OR: [{ status: "CONFIRMED" as const }, { status: "HOLD" as const, holdExpiresAt: { gt: now } }] });
