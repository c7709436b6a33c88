import { expireHolds, expireOverduePackages, SYSTEM, type DomainDeps } from "@guitaronline/domain";
import type { Logger } from "@guitaronline/observability";

const HOLD_EXPIRY_EVERY_MS = 30_000;
const PACKAGE_EXPIRY_EVERY_MS = 10 * 60_000;

/**
 * The worker's schedules, through the same use-cases as the admin actions: stale holds every
 * 30 s, overdue packages every 10 minutes (and once at start). `depsForTick` builds the
 * use-cases' dependencies afresh for each tick.
 */
export function startSchedules(depsForTick: () => DomainDeps, log: Logger) {
  const every = (name: string, periodMs: number, job: (deps: DomainDeps) => Promise<{ expired: number }>) => {
    const tick = () =>
      job(depsForTick()).then(
        ({ expired }) => expired > 0 && log.info(`${name} ran`, { count: expired }),
        (error: unknown) => log.error(`${name} failed`, { error }),
      );
    void tick();
    return setInterval(tick, periodMs);
  };
  const timers = [
    every("hold expiry", HOLD_EXPIRY_EVERY_MS, (deps) => expireHolds(deps, SYSTEM, {})),
    every("package expiry", PACKAGE_EXPIRY_EVERY_MS, (deps) => expireOverduePackages(deps, SYSTEM, {})),
  ];
  return { stop: () => timers.forEach(clearInterval) };
}
