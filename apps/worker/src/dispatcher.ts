import { randomUUID } from "node:crypto";
import type { Db } from "@guitaronline/db";
import {
  claimOutboxBatch,
  deliverOutboxEvent,
  readEvent,
  recordDeliveryFailure,
  type Clock,
  type DeliveryDeps,
  type Mailer,
} from "@guitaronline/domain";
import type { Logger } from "@guitaronline/observability";
import type { WorkerMetrics } from "./worker-metrics.ts";

export interface DispatcherOptions {
  db: Db;
  clock: Clock;
  log: Logger;
  metrics?: WorkerMetrics;
  mailer?: Mailer;
  batchSize: number;
  leaseMs: number;
  pollIntervalMs: number;
  maxRetries: number;
  /** For deterministic backoff in tests. */
  random?: () => number;
  workerId?: string;
}

/**
 * Drains the outbox: claims a batch, delivers each event, records failures for retry. Sleeps
 * until woken (LISTEN/NOTIFY) or the poll interval passes. `stop()` lets the batch in hand
 * finish, then `run()` resolves.
 */
export function createDispatcher(options: DispatcherOptions) {
  const worker = { workerId: options.workerId ?? `worker-${randomUUID()}` };
  let running = false;
  let wakeUp: (() => void) | undefined;

  /** One batch; resolves to the number of events claimed. */
  async function runOnce(): Promise<number> {
    const deps: DeliveryDeps = { db: options.db, clock: options.clock, mailer: options.mailer };
    const batch = await claimOutboxBatch(deps, worker, { size: options.batchSize, leaseMs: options.leaseMs });
    if (batch.length === 0) return 0;
    const timer = options.metrics?.batchDuration.startTimer();
    for (const event of batch) {
      try {
        // The catalog reads the payload; a row it cannot read fails here and is dead-lettered.
        await deliverOutboxEvent(deps, worker, { eventId: event.id, event: readEvent(event), occurredAt: event.createdAt });
        options.metrics?.processed.inc();
      } catch (error) {
        const outcome = await recordDeliveryFailure(deps, worker, {
          event,
          error,
          maxRetries: options.maxRetries,
          random: options.random,
        });
        options.metrics?.failed.inc();
        if (outcome === "dead-letter") options.metrics?.deadLettered.inc();
        options.log.warn("outbox delivery failed", { eventId: event.id, type: event.type, attempts: event.attempts + 1, outcome, error });
      }
    }
    timer?.();
    return batch.length;
  }

  async function run(): Promise<void> {
    running = true;
    while (running) {
      let claimed = 0;
      try {
        claimed = await runOnce();
      } catch (error) {
        options.log.error("outbox batch failed", { error });
      }
      if (claimed === 0 && running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, options.pollIntervalMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = undefined;
      }
    }
  }

  return {
    workerId: worker.workerId,
    run,
    runOnce,
    /** New events are waiting (a NOTIFY arrived): stop sleeping. */
    wake: () => wakeUp?.(),
    /** True while it sleeps until woken or the poll interval passes. */
    asleep: () => wakeUp !== undefined,
    stop: () => {
      running = false;
      wakeUp?.();
    },
  };
}
