import { Gauge, type Registry } from "prom-client";

/** The school's numbers as the database has them at scrape time. */
export interface BusinessSnapshot {
  bookingTransitions: { action: string; count: number }[];
  bookingsByStatus: { status: string; count: number }[];
  paymentsByStatus: { status: string; currency: string; count: number; amountMinor: number }[];
}

/**
 * Business gauges read from the database on each scrape (so every web instance reports the same
 * truth, whichever one made the change): booking transitions so far (they only grow), bookings
 * by status, payments by status with their amounts in minor units.
 */
export function registerBusinessMetrics(registry: Registry, read: () => Promise<BusinessSnapshot>) {
  let latest: Promise<BusinessSnapshot> | undefined;
  // One database read per scrape, shared by the gauges that collect in it.
  const snapshot = () => (latest ??= read().finally(() => setTimeout(() => (latest = undefined), 1_000)));
  new Gauge({
    name: "guitaronline_booking_transitions",
    help: "Booking state changes recorded so far, by audit action (booking.held, booking.confirmed, booking.canceled, …).",
    labelNames: ["action"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of (await snapshot()).bookingTransitions) this.set({ action: row.action }, row.count);
    },
  });
  new Gauge({
    name: "guitaronline_bookings",
    help: "Bookings by status.",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of (await snapshot()).bookingsByStatus) this.set({ status: row.status }, row.count);
    },
  });
  new Gauge({
    name: "guitaronline_payments",
    help: "Payments by status and currency.",
    labelNames: ["status", "currency"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of (await snapshot()).paymentsByStatus) this.set({ status: row.status, currency: row.currency }, row.count);
    },
  });
  new Gauge({
    name: "guitaronline_payments_amount_minor",
    help: "Sum of payment amounts in minor units, by status and currency.",
    labelNames: ["status", "currency"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of (await snapshot()).paymentsByStatus) this.set({ status: row.status, currency: row.currency }, row.amountMinor);
    },
  });
}
