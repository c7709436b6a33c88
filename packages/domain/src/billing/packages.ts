import { inTransaction, type Db } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import type { Clock } from "../clock.ts";
import { InvalidTransition, NotFound } from "../errors.ts";
import type { Principal } from "../identity/principal.ts";
import { emit } from "../outbox.ts";
import { expireOverduePackages } from "./expire-packages.ts";

export interface Money {
  amountMinor: number;
  currency: string;
}

/** An admin sells a student a package of lessons. */
export async function createPackage(
  db: Db,
  clock: Clock,
  admin: Principal,
  input: { studentId: string; lessonsTotal: number; expiresAt: Date; price: Money },
) {
  if (input.expiresAt <= clock.now()) throw new InvalidTransition("A package must expire in the future.");
  return inTransaction(db, async (tx) => {
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
    await writeAudit(tx, {
      actorId: admin.id,
      action: "billing.package.created",
      entityType: "lesson_package",
      entityId: pkg.id,
      metadata: { studentId: student.id, lessonsTotal: pkg.lessonsTotal, priceMinor: pkg.priceMinor, currency: pkg.currency },
    });
    await emit(tx, {
      type: "billing.package.created",
      aggregateType: "lesson_package",
      aggregateId: pkg.id,
      payload: { packageId: pkg.id, studentId: student.id, lessonsTotal: pkg.lessonsTotal },
    });
    return packageView(pkg);
  });
}

/** A student's packages, newest first; overdue ones are persisted EXPIRED as they are read. */
export async function listPackages(db: Db, clock: Clock, { studentId }: { studentId: string }) {
  await expireOverduePackages(db, clock, { studentId });
  const packages = await db.lessonPackage.findMany({ where: { studentId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return packages.map(packageView);
}

function packageView(pkg: {
  id: string;
  status: string;
  lessonsTotal: number;
  lessonsLeft: number;
  expiresAt: Date;
  priceMinor: number;
  currency: string;
  createdAt: Date;
}) {
  return {
    id: pkg.id,
    status: pkg.status as "ACTIVE" | "EXPIRED" | "DEPLETED",
    lessonsTotal: pkg.lessonsTotal,
    lessonsLeft: pkg.lessonsLeft,
    expiresAt: pkg.expiresAt,
    price: { amountMinor: pkg.priceMinor, currency: pkg.currency },
    createdAt: pkg.createdAt,
  };
}
