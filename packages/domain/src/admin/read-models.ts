import type { Db, Tx } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { record } from "../events/record.ts";
import type { Principal } from "../identity/principal.ts";
import { inOneTransaction } from "../one-transaction.ts";

/** Where the admin read models read: the replica when there is one, else the primary. */
export const readerOf = (deps: Pick<DomainDeps, "db" | "readDb">): Db => deps.readDb ?? deps.db;

/**
 * A view of a dashboard leaves a trace naming the admin who looked (always on the primary), with
 * any upkeep the view does in the same transaction (one commit per view).
 */
export async function traceView(
  deps: Pick<DomainDeps, "db">,
  admin: Principal,
  action: "admin.kpi.view" | "admin.ops.view",
  upkeep?: (tx: Tx) => Promise<unknown>,
) {
  await inOneTransaction(deps, async (tx) => {
    await upkeep?.(tx);
    await record(tx, { actor: admin, entity: { type: "user", id: admin.id }, audit: action });
  });
}
