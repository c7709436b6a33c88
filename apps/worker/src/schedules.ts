import type { Db } from "@guitaronline/db";
import { expireHolds, expireOverduePackages, type Clock } from "@guitaronline/domain";
import type { Logger } from "@guitaronline/observability";

export const HOLD_EXPIRY_EVERY_MS = 30_000;
export const PACKAGE_EXPIRY_EVERY_MS = 10 * 60_000;

/**
 * The worker's schedules, through the same use-cases as the admin actions: stale holds every
 * 30 s, overdue packages every 10 minutes (and once at start).
 */
export function startSchedules(db: Db, clock: Clock, log: Logger) {
  const every = (name: string, periodMs: number, job: () => Promise<number>) => {
    const tick = () =>
      job().then(
        (count) => count > 0 && log.info(`${name} ran`, { count }),
        (error: unknown) => log.error(`${name} failed`, { error }),
      );
    void tick();
    return setInterval(tick, periodMs);
  };
  const timers = [
    every("hold expiry", HOLD_EXPIRY_EVERY_MS, async () => (await expireHolds(db, clock)).expired),
    every("package expiry", PACKAGE_EXPIRY_EVERY_MS, () => expireOverduePackages(db, clock)),
  ];
  return { stop: () => timers.forEach(clearInterval) };
}
