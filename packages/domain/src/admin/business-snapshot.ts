import type { Db } from "@guitaronline/db";

/** What /api/metrics reports of the business: three GROUP BY queries. */
export async function businessSnapshot(db: Db) {
  const [transitions, bookings, payments] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], where: { entityType: "booking", action: { startsWith: "booking." } }, _count: { _all: true } }),
    db.booking.groupBy({ by: ["status"], _count: { _all: true } }),
    db.payment.groupBy({ by: ["status", "currency"], _count: { _all: true }, _sum: { amountMinor: true } }),
  ]);
  return {
    bookingTransitions: transitions.map((row) => ({ action: row.action, count: row._count._all })),
    bookingsByStatus: bookings.map((row) => ({ status: row.status, count: row._count._all })),
    paymentsByStatus: payments.map((row) => ({
      status: row.status,
      currency: row.currency,
      count: row._count._all,
      amountMinor: row._sum.amountMinor ?? 0,
    })),
  };
}
