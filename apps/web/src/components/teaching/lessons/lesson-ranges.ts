// The teacher's lessons page reads two ranges split at the moment it opened; the server's prefetch
// and the client's queries build them here so their inputs (and so their cache keys) match.

/** Lessons that had begun at `openedAt`, latest first. */
export const lessonsBegunBy = (openedAt: number) => ({ to: new Date(openedAt), order: "desc" as const, limit: 100 });

/** Lessons still ahead at `openedAt`, soonest first. */
export const lessonsAheadOf = (openedAt: number) => ({ from: new Date(openedAt), limit: 100 });
