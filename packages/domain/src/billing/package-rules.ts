import type { PackageStatus } from "@guitaronline/db";

export interface PackageState {
  id: string;
  status: PackageStatus;
  lessonsLeft: number;
  lessonsTotal: number;
  expiresAt: Date;
  createdAt: Date;
}

/** An ACTIVE package is overdue from its expiry instant on, and must be persisted EXPIRED. */
export function isOverdue(pkg: Pick<PackageState, "status" | "expiresAt">, now: Date): boolean {
  return pkg.status === "ACTIVE" && pkg.expiresAt.getTime() <= now.getTime();
}

/** Can pay for a lesson now: ACTIVE, not expired, with a lesson left. */
function isUsable(pkg: PackageState, now: Date): boolean {
  return pkg.status === "ACTIVE" && !isOverdue(pkg, now) && pkg.lessonsLeft > 0;
}

/** The package a confirmation consumes: a usable one expiring soonest (the older one on a tie). */
export function packageToConsume<P extends PackageState>(packages: readonly P[], now: Date): P | undefined {
  return packages
    .filter((pkg) => isUsable(pkg, now))
    .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime())[0];
}

/** The status after the number of lessons left changes: DEPLETED at 0, ACTIVE again above it. */
export function statusForLessonsLeft(pkg: Pick<PackageState, "status" | "expiresAt">, lessonsLeft: number, now: Date): PackageStatus {
  if (pkg.status === "EXPIRED" || pkg.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return lessonsLeft === 0 ? "DEPLETED" : "ACTIVE";
}

/** A package can get a new expiry while it has lessons left: ACTIVE, or EXPIRED with lessons unused. */
export function canExtend(pkg: Pick<PackageState, "status" | "lessonsLeft">): boolean {
  return pkg.status !== "DEPLETED" && pkg.lessonsLeft > 0;
}
