import type { Tx } from "@guitaronline/db";

/** Ends every session and API token the user holds now, by moving their session version on. */
export async function endAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
