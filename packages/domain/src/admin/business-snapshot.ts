import type { Db } from "@guitaronline/db";
import { summedStatusCounts } from "./status-counts.ts";

/**
 * What /api/metrics reports of the business: booking transitions and payments by status and
 * currency (two GROUP BY queries), bookings by status from the KPI overview's own counters.
 */
export async function businessSnapshot(db: Db) {
  const [transitions, counted, payments] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], where: { entityType: "booking", action: { startsWith: "booking." } }, _count: { _all: true } }),
    summedStatusCounts(db),
    db.payment.groupBy({ by: ["status", "currency"], _count: { _all: true }, _sum: { amountMinor: true } }),
  ]);
  return {
    bookingTransitions: transitions.map((row) => ({ action: row.action, count: row._count._all })),
    bookingsByStatus: counted.filter((row) => row.entity === "bookings").map(({ status, count }) => ({ status, count })),
    paymentsByStatus: payments.map((row) => ({
      status: row.status,
      currency: row.currency,
      count: row._count._all,
      amountMinor: row._sum.amountMinor ?? 0,
    })),
  };
}
