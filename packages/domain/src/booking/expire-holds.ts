import { inTransaction, type Db } from "@guitaronline/db";
import type { Clock } from "../clock.ts";
import { expireStaleHolds } from "./internals.ts";

/** Every hold past its expiry becomes EXPIRED and its slot reopens (worker schedule, admin action). */
export async function expireHolds(db: Db, clock: Clock): Promise<{ expired: number }> {
  let expired = 0;
  for (;;) {
    const batch = await inTransaction(db, (tx) => expireStaleHolds(tx, clock.now()));
    expired += batch;
    if (batch < 500) return { expired };
  }
}
