import type { Db } from "@guitaronline/db";
import { Counter, Gauge, Histogram, type Registry } from "prom-client";

export interface WorkerMetrics {
  processed: Counter;
  failed: Counter;
  deadLettered: Counter;
  batchDuration: Histogram;
}

/** A gauge of how old, in seconds, the oldest row `readAge` selects is when scraped (0 when none). */
function ageGauge(registry: Registry, name: string, help: string, readAge: () => Promise<{ age: number | null }[]>) {
  new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      const [row] = await readAge();
      this.set(Math.max(0, row?.age ?? 0));
    },
  });
}

/**
 * The worker's delivery metrics, and the lag of its two jobs (outbox delivery, hold expiry) read
 * from the database when Prometheus scrapes.
 */
export function createWorkerMetrics(registry: Registry, db: Db): WorkerMetrics {
  ageGauge(registry, "outbox_oldest_pending_age_seconds", "Age of the oldest due outbox event not yet processed (0 when none): the delivery lag.", () =>
    db.$queryRaw`
      SELECT EXTRACT(EPOCH FROM (now() - min(available_at)))::float8 AS age
      FROM outbox_events WHERE status = 'PENDING' AND available_at <= now()`,
  );
  new Gauge({
    name: "outbox_dead_letters",
    help: "Outbox events dead-lettered (FAILED) and waiting for an admin's requeue.",
    registers: [registry],
    async collect() {
      this.set(await db.outboxEvent.count({ where: { status: "FAILED" } }));
    },
  });
  ageGauge(registry, "booking_oldest_overdue_hold_seconds", "How long the oldest hold past its expiry has still held its slot (0 when none): the hold-expiry schedule's lag.", () =>
    db.$queryRaw`
      SELECT EXTRACT(EPOCH FROM (now() - min(hold_expires_at)))::float8 AS age
      FROM bookings WHERE status = 'HOLD' AND hold_expires_at <= now()`,
  );
  return {
    processed: new Counter({ name: "outbox_events_processed_total", help: "Outbox events delivered.", registers: [registry] }),
    failed: new Counter({ name: "outbox_event_failures_total", help: "Failed delivery attempts (each retried or dead-lettered).", registers: [registry] }),
    deadLettered: new Counter({ name: "outbox_events_dead_lettered_total", help: "Outbox events that used up their retries.", registers: [registry] }),
    batchDuration: new Histogram({
      name: "outbox_batch_duration_seconds",
      help: "Time to deliver one claimed batch.",
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
  };
}
