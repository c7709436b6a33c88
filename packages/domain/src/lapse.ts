import { Prisma, type Tx } from "@guitaronline/db";
import type { DomainDeps } from "./deps.ts";
import { record } from "./events/record.ts";
import type { Actor } from "./identity/actor.ts";
import { inOneTransaction } from "./one-transaction.ts";

/** What lapses with time: a hold at its `hold_expires_at`, an active package at its `expires_at`. */
const LAPSING = {
  holds: { table: "bookings", status: "HOLD", due: "hold_expires_at", scope: "slot_id" },
  packages: { table: "lesson_packages", status: "ACTIVE", due: "expires_at", scope: "student_id" },
} as const;

/**
 * Marks EXPIRED what has lapsed by `now` (all of it, or one slot's holds, one student's
 * packages) in the caller's transaction, and returns those rows. Rows another transaction holds
 * are skipped, not waited for: that one is using them, and the next look takes them.
 */
export async function markLapsed<Row>(tx: Tx, kind: keyof typeof LAPSING, now: Date, scopeId?: string): Promise<Row[]> {
  // Table and column names are the constants above, never input.
  const [table, status, due, scope] = (["table", "status", "due", "scope"] as const).map((part) => Prisma.raw(LAPSING[kind][part]));
  return tx.$queryRaw<Row[]>`
    UPDATE ${table} SET status = 'EXPIRED', updated_at = ${now}
    WHERE id IN (
      SELECT id FROM ${table}
      WHERE status = '${status}' AND ${due} <= ${now}
        AND (${scopeId ?? null}::uuid IS NULL OR ${scope} = ${scopeId ?? null}::uuid)
      FOR UPDATE SKIP LOCKED)
    RETURNING *`;
}

/**
 * A bulk expiry as a use-case (the worker's schedules, the admin's actions): one transaction.
 * When a person runs it, one more audit row names them as the one who ran it, with the count,
 * even when nothing was due.
 */
export async function expireAll(
  deps: DomainDeps,
  actor: Actor,
  expire: (tx: Tx, actor: Actor, now: Date) => Promise<number>,
  remediation: { action: string; entityType: "booking" | "lesson_package" },
) {
  const now = deps.clock.now();
  return inOneTransaction(deps, async (tx) => {
    const expired = await expire(tx, actor, now);
    if ("id" in actor) {
      await record(tx, { actor, entity: { type: remediation.entityType, id: "all" }, audit: remediation.action, metadata: { expired } });
    }
    return { expired };
  });
}
