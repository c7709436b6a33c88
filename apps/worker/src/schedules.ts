import { expireHolds, expireOverduePackages, forgetOldIdempotencyKeys, SYSTEM, type DomainDeps } from "@guitaronline/domain";
import type { Logger } from "@guitaronline/observability";

const HOLD_EXPIRY_EVERY_MS = 30_000;
const PACKAGE_EXPIRY_EVERY_MS = 10 * 60_000;
const IDEMPOTENCY_KEY_EXPIRY_EVERY_MS = 60 * 60_000;

/**
 * The worker's schedules, through the same use-cases as the admin actions: stale holds every
 * 30 s, overdue packages every 10 minutes, idempotency keys older than 24 h every hour (each
 * once at start too). `depsForTick` builds the
 * use-cases' dependencies afresh for each tick.
 */
export function startSchedules(depsForTick: () => DomainDeps, log: Logger) {
  const running = new Set<Promise<unknown>>();
  const every = (name: string, periodMs: number, job: (deps: DomainDeps) => Promise<{ expired: number }>) => {
    const tick = () => {
      const run = job(depsForTick()).then(
        ({ expired }) => expired > 0 && log.info(`${name} ran`, { count: expired }),
        (error: unknown) => log.error(`${name} failed`, { error }),
      );
      running.add(run);
      void run.finally(() => running.delete(run));
    };
    tick();
    return setInterval(tick, periodMs);
  };
  const timers = [
    every("hold expiry", HOLD_EXPIRY_EVERY_MS, (deps) => expireHolds(deps, SYSTEM, {})),
    every("package expiry", PACKAGE_EXPIRY_EVERY_MS, (deps) => expireOverduePackages(deps, SYSTEM, {})),
    every("idempotency key expiry", IDEMPOTENCY_KEY_EXPIRY_EVERY_MS, (deps) => forgetOldIdempotencyKeys(deps, SYSTEM)),
  ];
  const settled = async () => {
    await Promise.all(running);
  };
  return {
    /** Resolves once the runs under way have finished. */
    settled,
    /** No more runs; resolves once a run under way has finished (before the database closes). */
    stop: () => {
      timers.forEach(clearInterval);
      return settled();
    },
  };
}
