import type { PackageStatus, Tx } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { InvalidTransition, NotFound } from "../errors.ts";
import { record } from "../events/record.ts";
import { SYSTEM } from "../identity/actor.ts";
import type { Principal } from "../identity/principal.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { expireOverdue } from "./expire-packages.ts";

export interface Money {
  amountMinor: number;
  currency: string;
}

/** An admin sells a student a package of lessons. */
export async function createPackage(
  deps: DomainDeps,
  admin: Principal,
  input: { studentId: string; lessonsTotal: number; expiresAt: Date; price: Money },
) {
  if (input.expiresAt <= deps.clock.now()) throw new InvalidTransition("A package must expire in the future.");
  return inOneTransaction(deps, async (tx) => packageView(await addPackage(tx, admin, input)));
}

/** A new ACTIVE package for a student, audited and told to them, in the caller's transaction. */
export async function addPackage(tx: Tx, admin: Principal, input: { studentId: string; lessonsTotal: number; expiresAt: Date; price: Money }) {
  const student = await tx.user.findFirst({ where: { id: input.studentId, role: "STUDENT" } });
  if (!student) throw new NotFound("The student");
  const pkg = await tx.lessonPackage.create({
    data: {
      studentId: student.id,
      lessonsTotal: input.lessonsTotal,
      lessonsLeft: input.lessonsTotal,
      expiresAt: input.expiresAt,
      priceMinor: input.price.amountMinor,
      currency: input.price.currency,
    },
  });
  await record(tx, {
    actor: admin,
    entity: { type: "lesson_package", id: pkg.id },
    audit: "billing.package.created",
    metadata: { studentId: student.id, lessonsTotal: pkg.lessonsTotal, priceMinor: pkg.priceMinor, currency: pkg.currency },
    events: [{ type: "billing.package.created", payload: { packageId: pkg.id, studentId: student.id, lessonsTotal: pkg.lessonsTotal } }],
  });
  return pkg;
}

/**
 * A student's packages, newest first: the student's own, or anyone's for an admin. Overdue
 * ones are persisted EXPIRED as they are read.
 */
export async function listPackages(deps: DomainDeps, reader: Principal, { studentId }: { studentId: string }) {
  if (reader.role !== "ADMIN" && reader.id !== studentId) throw new NotFound("The student");
  const now = deps.clock.now();
  return inOneTransaction(deps, async (tx) => {
    await expireOverdue(tx, SYSTEM, now, { studentId });
    const packages = await tx.lessonPackage.findMany({ where: { studentId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    return packages.map(packageView);
  });
}

export function packageView(pkg: {
  id: string;
  status: PackageStatus;
  lessonsTotal: number;
  lessonsLeft: number;
  expiresAt: Date;
  priceMinor: number;
  currency: string;
  createdAt: Date;
}) {
  return {
    id: pkg.id,
    status: pkg.status,
    lessonsTotal: pkg.lessonsTotal,
    lessonsLeft: pkg.lessonsLeft,
    expiresAt: pkg.expiresAt,
    price: { amountMinor: pkg.priceMinor, currency: pkg.currency },
    createdAt: pkg.createdAt,
  };
}
