import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { readerOf } from "./read-models.ts";

const DAY = 86_400_000;

/** The UTC days of the window ending today, oldest first, as YYYY-MM-DD. */
export function daysEndingOn(now: Date, days: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, index) => new Date(today - (days - 1 - index) * DAY).toISOString().slice(0, 10));
}

type Row = { day: string; kind: string; count: bigint; amount: bigint | null };

/**
 * Day by day over the last `days` UTC days, for the dashboard's charts: bookings made by status,
 * money in (succeeded, by `paid_at`) and out (refunded, by the refund's time), lessons completed
 * and missed (by their start) and the students who had a lesson. Four GROUP BY queries.
 */
export async function kpiSeries(deps: DomainDeps, _admin: Principal, { days }: { days: number }) {
  const db = readerOf(deps);
  const labels = daysEndingOn(deps.clock.now(), days);
  const from = new Date(`${labels[0]}T00:00:00Z`);
  const until = new Date(new Date(`${labels.at(-1)}T00:00:00Z`).getTime() + DAY);
  const day = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const [bookings, money, lessons, students] = await Promise.all([
    db.$queryRawUnsafe<Row[]>(
      `SELECT ${day("created_at")} AS day, status::text AS kind, count(*) AS count, NULL::bigint AS amount
       FROM bookings WHERE created_at >= $1 AND created_at < $2 GROUP BY 1, 2`,
      from,
      until,
    ),
    db.$queryRawUnsafe<Row[]>(
      `SELECT ${day("paid_at")} AS day, 'SUCCEEDED' AS kind, count(*) AS count, sum(amount_minor)::bigint AS amount
       FROM payments WHERE status IN ('SUCCEEDED', 'REFUNDED') AND paid_at >= $1 AND paid_at < $2 GROUP BY 1
       UNION ALL
       SELECT ${day("updated_at")}, 'REFUNDED', count(*), sum(amount_minor)::bigint
       FROM payments WHERE status = 'REFUNDED' AND updated_at >= $1 AND updated_at < $2 GROUP BY 1`,
      from,
      until,
    ),
    db.$queryRawUnsafe<Row[]>(
      `SELECT ${day("starts_at")} AS day, status::text AS kind, count(*) AS count, NULL::bigint AS amount
       FROM lessons WHERE status IN ('COMPLETED', 'NO_SHOW') AND starts_at >= $1 AND starts_at < $2 GROUP BY 1, 2`,
      from,
      until,
    ),
    db.$queryRawUnsafe<Row[]>(
      `SELECT ${day("starts_at")} AS day, 'ACTIVE' AS kind, count(DISTINCT student_id) AS count, NULL::bigint AS amount
       FROM lessons WHERE status <> 'CANCELED' AND starts_at >= $1 AND starts_at < $2 GROUP BY 1
       UNION ALL
       SELECT 'window', 'ACTIVE', count(DISTINCT student_id), NULL
       FROM lessons WHERE status <> 'CANCELED' AND starts_at >= $1 AND starts_at < $2`,
      from,
      until,
    ),
  ]);
  const find = (rows: Row[], label: string, kind: string) => rows.find((row) => row.day === label && row.kind === kind);
  const count = (rows: Row[], label: string, kind: string) => Number(find(rows, label, kind)?.count ?? 0);
  const amount = (rows: Row[], label: string, kind: string) => Number(find(rows, label, kind)?.amount ?? 0);
  return {
    days: labels.map((label) => {
      const succeededMinor = amount(money, label, "SUCCEEDED");
      const refundedMinor = amount(money, label, "REFUNDED");
      return {
        day: label,
        bookings: {
          HOLD: count(bookings, label, "HOLD"),
          CONFIRMED: count(bookings, label, "CONFIRMED"),
          CANCELED: count(bookings, label, "CANCELED"),
          EXPIRED: count(bookings, label, "EXPIRED"),
        },
        revenue: { succeededMinor, refundedMinor, netMinor: succeededMinor - refundedMinor },
        lessons: { completed: count(lessons, label, "COMPLETED"), noShow: count(lessons, label, "NO_SHOW") },
        activeStudents: count(students, label, "ACTIVE"),
      };
    }),
    activeStudents: count(students, "window", "ACTIVE"),
  };
}
