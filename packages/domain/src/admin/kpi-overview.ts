import { BookingStatus, LessonStatus, PackageStatus, PaymentStatus, Role } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { readerOf, traceView } from "./read-models.ts";
import { summedStatusCounts, type StatusCount } from "./status-counts.ts";

const values = <T extends Record<string, string>>(enumObject: T) => Object.values(enumObject) as T[keyof T][];

/** Every status of one entity with its count (0 when none), from the summed counters. */
function countsOf<S extends string>(rows: StatusCount[], entity: string, statuses: readonly S[]) {
  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<S, number>;
  for (const row of rows) if (row.entity === entity && row.status in counts) counts[row.status as S] = row.count;
  return counts;
}

/**
 * The business at a glance: users, bookings, lessons, payments and packages by status, and the
 * money in minor units (succeeded counts every payment that came in, a refunded one included;
 * net is what stayed). One query over `status_counts`, which triggers keep exact in the
 * transaction of every change (see the migration): a few dozen rows, however large the school.
 */
export async function kpiOverview(deps: DomainDeps, admin: Principal, _input: Record<string, never> = {}) {
  const counted = await summedStatusCounts(readerOf(deps));
  // Keeps the counters a few rows per status: each connection's rows merged into one (totals unchanged).
  await traceView(deps, admin, "admin.kpi.view", (tx) => tx.$executeRaw`SELECT fold_status_counts()`);
  const amountOf = (status: PaymentStatus) =>
    counted.find((row) => row.entity === "payments" && row.status === status)?.amountMinor ?? 0;
  const refundedMinor = amountOf("REFUNDED");
  const succeededMinor = amountOf("SUCCEEDED") + refundedMinor;
  return {
    users: { byRole: countsOf(counted, "users", values(Role)) },
    bookings: { byStatus: countsOf(counted, "bookings", values(BookingStatus)) },
    lessons: { byStatus: countsOf(counted, "lessons", values(LessonStatus)) },
    payments: {
      byStatus: countsOf(counted, "payments", values(PaymentStatus)),
      succeededMinor,
      refundedMinor,
      netMinor: succeededMinor - refundedMinor,
    },
    packages: { byStatus: countsOf(counted, "lesson_packages", values(PackageStatus)) },
  };
}
