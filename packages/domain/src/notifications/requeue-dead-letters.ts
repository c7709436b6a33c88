import type { DomainDeps } from "../deps.ts";
import { record } from "../events/record.ts";
import type { Principal } from "../identity/principal.ts";
import { inOneTransaction } from "../one-transaction.ts";

/** Dead letters back in the queue, with fresh attempts: all of them, or the ids given. */
export async function requeueDeadLetters(deps: Pick<DomainDeps, "db" | "clock">, admin: Principal, { ids }: { ids?: string[] } = {}) {
  return inOneTransaction(deps, async (tx) => {
    const { count } = await tx.outboxEvent.updateMany({
      where: { status: "FAILED", ...(ids ? { id: { in: ids } } : {}) },
      data: { status: "PENDING", attempts: 0, availableAt: deps.clock.now(), lockedBy: null, lockedUntil: null },
    });
    await record(tx, {
      actor: admin,
      entity: { type: "outbox", id: ids ? ids.join(",").slice(0, 200) : "all" },
      audit: "admin.outbox.requeued",
      metadata: { count },
    });
    return { requeued: count };
  });
}
