import type { Db } from "@guitaronline/db";

export interface StatusCount {
  entity: string;
  status: string;
  count: number;
  amountMinor: number;
}

/**
 * Rows by entity and status (users by role), with their amounts (payments), as `status_counts`
 * holds them summed over its shards. Triggers keep the counters exact in the transaction of every
 * change (see the admin read models migration): a few dozen rows, however large the school.
 */
export async function summedStatusCounts(db: Db): Promise<StatusCount[]> {
  const rows = await db.statusCount.groupBy({ by: ["entity", "status"], _sum: { count: true, amountMinor: true } });
  return rows.map((row) => ({
    entity: row.entity,
    status: row.status,
    count: Number(row._sum.count ?? 0),
    amountMinor: Number(row._sum.amountMinor ?? 0),
  }));
}
