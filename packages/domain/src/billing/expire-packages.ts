import type { Tx } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { recordEach } from "../events/record.ts";
import type { Actor } from "../identity/actor.ts";
import { expireAll, markLapsed } from "../lapse.ts";

/**
 * Marks ACTIVE packages past their expiry EXPIRED (audit + `billing.package.expired`), for one
 * student or for everyone, in the caller's transaction.
 */
export async function expireOverdue(tx: Tx, actor: Actor, now: Date, { studentId }: { studentId?: string } = {}): Promise<number> {
  const expired = await markLapsed<{ id: string; student_id: string; lessons_left: number }>(tx, "packages", now, studentId);
  await recordEach(
    tx,
    actor,
    { type: "billing.package.expired", entityType: "lesson_package" },
    expired.map((pkg) => ({ id: pkg.id, payload: { packageId: pkg.id, studentId: pkg.student_id, lessonsLeft: pkg.lessons_left } })),
  );
  return expired.length;
}

/** Every overdue package becomes EXPIRED: the worker's schedule and the admin's action. */
export const expireOverduePackages = (deps: DomainDeps, actor: Actor, _input: Record<string, never> = {}) =>
  expireAll(deps, actor, expireOverdue, { action: "admin.packages.expired", entityType: "lesson_package" });
