import { BookingStatus, LessonStatus, PackageStatus, PaymentStatus, Role } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { countsBy, readerOf, traceView } from "./read-models.ts";

const values = <T extends Record<string, string>>(enumObject: T) => Object.values(enumObject) as T[keyof T][];

/**
 * The business at a glance: users, bookings, lessons, payments and packages by status, and the
 * money in minor units (succeeded counts every payment that came in, a refunded one included;
 * net is what stayed). Five GROUP BY queries; nothing is loaded row by row.
 */
export async function kpiOverview(deps: DomainDeps, admin: Principal, _input: Record<string, never> = {}) {
  const db = readerOf(deps);
  const [users, bookings, lessons, payments, packages] = await Promise.all([
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.booking.groupBy({ by: ["status"], _count: { _all: true } }),
    db.lesson.groupBy({ by: ["status"], _count: { _all: true } }),
    db.payment.groupBy({ by: ["status"], _count: { _all: true }, _sum: { amountMinor: true } }),
    db.lessonPackage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  await traceView(deps, admin, "admin.kpi.view");
  const amountOf = (status: PaymentStatus) => payments.find((row) => row.status === status)?._sum.amountMinor ?? 0;
  const refundedMinor = amountOf("REFUNDED");
  const succeededMinor = amountOf("SUCCEEDED") + refundedMinor;
  return {
    users: { byRole: countsBy(values(Role), users, (row: { role: Role }) => row.role) },
    bookings: { byStatus: countsBy(values(BookingStatus), bookings, (row: { status: BookingStatus }) => row.status) },
    lessons: { byStatus: countsBy(values(LessonStatus), lessons, (row: { status: LessonStatus }) => row.status) },
    payments: {
      byStatus: countsBy(values(PaymentStatus), payments, (row: { status: PaymentStatus }) => row.status),
      succeededMinor,
      refundedMinor,
      netMinor: succeededMinor - refundedMinor,
    },
    packages: { byStatus: countsBy(values(PackageStatus), packages, (row: { status: PackageStatus }) => row.status) },
  };
}
