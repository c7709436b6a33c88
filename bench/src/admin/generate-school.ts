import type pg from "pg";

/** How big a school to generate: scale 1 is 1,000,000 bookings and 200,000 payments. */
export interface SchoolSize {
  bookings: number;
  payments: number;
  packages: number;
  students: number;
  teachers: number;
}

export function schoolOfScale(scale: number): SchoolSize {
  const at = (full: number, least: number) => Math.max(least, Math.round(full * scale));
  return {
    bookings: at(1_000_000, 200),
    payments: at(200_000, 40),
    packages: at(160_000, 32),
    students: at(40_000, 12),
    teachers: at(400, 3),
  };
}

/** 540 days of history and 30 days ahead: every chart and status has something to show. */
const HISTORY_DAYS = 540;
const AHEAD_DAYS = 30;

/**
 * The school as set-based SQL: each table filled by one INSERT … SELECT over generate_series, so
 * a million bookings take seconds, not an hour of round trips. Ids are made from a kind and a row
 * number (bench_id), so rows can point at each other without looking anything up; a per-row
 * number `r` in 0..999 (a multiplicative hash of the row number) spreads the statuses.
 */
function statements({ bookings, payments, packages, students, teachers }: SchoolSize): string[] {
  const slotsPerTeacher = Math.ceil(bookings / teachers);
  const slotStepMinutes = Math.floor(((HISTORY_DAYS + AHEAD_DAYS) * 24 * 60) / slotsPerTeacher);
  const lessonMinutes = Math.min(45, slotStepMinutes - 1);
  const origin = `(now() - interval '${HISTORY_DAYS} days')`;
  return [
    `CREATE FUNCTION pg_temp.bench_id(kind int, n bigint) RETURNS uuid IMMUTABLE LANGUAGE sql AS
       $$ SELECT (lpad(to_hex(kind), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$`,
    `CREATE FUNCTION pg_temp.bench_r(n bigint) RETURNS int IMMUTABLE LANGUAGE sql AS $$ SELECT ((n * 7919 + 13) % 1000)::int $$`,

    // Users: teachers (kind 1), students (kind 2).
    `INSERT INTO users (id, email, name, password_hash, role, teacher_approved, created_at, updated_at)
     SELECT pg_temp.bench_id(1, n), 'teacher-' || n || '@bench.example', 'Teacher ' || n, 'not-a-hash', 'TEACHER', true,
            ${origin} - interval '30 days', ${origin}
     FROM generate_series(0, ${teachers - 1}) AS n`,
    `INSERT INTO users (id, email, name, password_hash, role, created_at, updated_at)
     SELECT pg_temp.bench_id(2, n), 'student-' || n || '@bench.example', 'Student ' || n, 'not-a-hash', 'STUDENT',
            ${origin} + (n * interval '${HISTORY_DAYS} days') / ${students}, ${origin}
     FROM generate_series(0, ${students - 1}) AS n`,

    // Packages (kind 3) bought over the whole history, 90 days to use each. Of the past ones 70 %
    // were used up, 29 % lapsed with lessons left (most of them paid: the ops board's "paid but
    // unusable", tens of thousands), 1 % are past their time but still ACTIVE (overdue).
    `INSERT INTO lesson_packages (id, student_id, lessons_total, lessons_left, price_minor, currency, expires_at, status, created_at, updated_at)
     SELECT pg_temp.bench_id(3, n), pg_temp.bench_id(2, n % ${students}), 10,
            CASE WHEN expires_at > now() THEN r % 11 WHEN r < 700 THEN 0 ELSE 1 + r % 9 END,
            CASE WHEN r % 3 = 0 THEN 25000 ELSE 20000 END, 'EUR', expires_at,
            (CASE WHEN expires_at > now() THEN 'ACTIVE' WHEN r < 700 THEN 'DEPLETED' WHEN r < 990 THEN 'EXPIRED' ELSE 'ACTIVE' END)::"PackageStatus",
            created_at, created_at
     FROM (SELECT n, pg_temp.bench_r(n) AS r, ${origin} + (n * interval '${HISTORY_DAYS} days') / ${packages} AS created_at,
                  ${origin} + (n * interval '${HISTORY_DAYS} days') / ${packages} + interval '90 days' AS expires_at
           FROM generate_series(0, ${packages - 1}) AS n) AS p`,

    // Payments (kind 4): every package has one, the first ones a second. 82 % succeeded, 5 %
    // refunded a week later, 8 % failed, 5 % still pending.
    `INSERT INTO payments (id, package_id, amount_minor, currency, status, idempotency_key, paid_at, created_at, updated_at)
     SELECT pg_temp.bench_id(4, q.n), p.id, p.price_minor, 'EUR', q.status,
            'bench-' || q.n, CASE WHEN q.status IN ('SUCCEEDED', 'REFUNDED') THEN p.created_at + interval '1 minute' END,
            p.created_at, CASE WHEN q.status = 'REFUNDED' THEN least(now(), p.created_at + interval '7 days') ELSE p.created_at END
     FROM (SELECT n, (CASE WHEN r < 820 THEN 'SUCCEEDED' WHEN r < 870 THEN 'REFUNDED' WHEN r < 950 THEN 'FAILED' ELSE 'PENDING' END)::"PaymentStatus" AS status,
                  pg_temp.bench_id(3, n % ${packages}) AS package_id
           FROM (SELECT n, pg_temp.bench_r(n + 17) AS r FROM generate_series(0, ${payments - 1}) AS n) AS q) AS q
     JOIN lesson_packages AS p ON p.id = q.package_id`,

    // One slot (kind 5) per booking, a teacher's slots one step apart from 540 days ago to 30 days ahead.
    `CREATE TEMP TABLE bench_plan AS
     SELECT n, r, slot_starts, pg_temp.bench_id(1, n % ${teachers}) AS teacher_id,
            pg_temp.bench_id(3, n % ${packages}) AS package_id, pg_temp.bench_id(2, (n % ${packages}) % ${students}) AS student_id,
            CASE
              WHEN slot_starts > now() AND r < 5 THEN 'STALE_HOLD'
              WHEN slot_starts > now() AND r < 10 THEN 'HOLD'
              WHEN r < 620 THEN 'CONFIRMED'
              WHEN r < 720 THEN 'CANCELED_AFTER_CONFIRM'
              WHEN r < 800 THEN 'CANCELED'
              ELSE 'EXPIRED'
            END AS plan
     FROM (SELECT n, pg_temp.bench_r(n) AS r,
                  ${origin} + (n / ${teachers}) * interval '${slotStepMinutes} minutes' AS slot_starts
           FROM generate_series(0, ${bookings - 1}) AS n) AS s`,
    `ALTER TABLE bench_plan ADD COLUMN booked_at timestamptz`,
    `UPDATE bench_plan SET booked_at = CASE
       WHEN plan = 'STALE_HOLD' THEN now() - interval '1 hour' - r * interval '1 minute'
       WHEN plan = 'HOLD' THEN now() - interval '2 minutes'
       ELSE least(now() - interval '1 hour', slot_starts - (1 + r % 20) * interval '1 day') END`,
    `INSERT INTO slots (id, teacher_id, starts_at, ends_at, created_at)
     SELECT pg_temp.bench_id(5, n), teacher_id, slot_starts, slot_starts + interval '${lessonMinutes} minutes', booked_at - interval '7 days'
     FROM bench_plan`,

    // Bookings (kind 6): 62 % confirmed, 18 % canceled (most after confirming), 20 % expired holds;
    // 1 % of the coming ones are holds, half of them past their time (stale: the worker is late).
    `INSERT INTO bookings (id, student_id, slot_id, status, hold_expires_at, package_id, confirmed_at, canceled_at, canceled_by_id,
                           cancel_reason, lesson_returned, created_at, updated_at)
     SELECT pg_temp.bench_id(6, n), student_id, pg_temp.bench_id(5, n), status, booked_at + interval '10 minutes', package_id,
            confirmed_at, canceled_at, CASE WHEN canceled_at IS NOT NULL THEN student_id END,
            CASE WHEN canceled_at IS NOT NULL THEN 'Plans changed' END, canceled_at IS NOT NULL,
            booked_at, coalesce(canceled_at, confirmed_at, booked_at)
     FROM (SELECT *,
                  (CASE plan WHEN 'STALE_HOLD' THEN 'HOLD' WHEN 'CANCELED_AFTER_CONFIRM' THEN 'CANCELED' ELSE plan END)::"BookingStatus" AS status,
                  CASE WHEN plan IN ('CONFIRMED', 'CANCELED_AFTER_CONFIRM') THEN booked_at + interval '2 minutes' END AS confirmed_at,
                  CASE WHEN plan IN ('CANCELED', 'CANCELED_AFTER_CONFIRM') THEN booked_at + interval '3 minutes' END AS canceled_at
           FROM bench_plan) AS b`,

    // Lessons (kind 7) of every confirmed booking: past ones 94 % completed, 4 % missed, 2 % not
    // yet marked; canceled with their booking.
    `INSERT INTO lessons (id, booking_id, teacher_id, student_id, starts_at, ends_at, status, completed_at, created_at, updated_at)
     SELECT pg_temp.bench_id(7, n), pg_temp.bench_id(6, n), teacher_id, student_id, slot_starts, slot_starts + interval '${lessonMinutes} minutes',
            status, CASE WHEN status = 'COMPLETED' THEN slot_starts + interval '${lessonMinutes} minutes' END,
            booked_at + interval '2 minutes', greatest(booked_at + interval '2 minutes', least(now(), slot_starts + interval '${lessonMinutes} minutes'))
     FROM (SELECT *, (CASE
             WHEN plan = 'CANCELED_AFTER_CONFIRM' THEN 'CANCELED'
             WHEN slot_starts > now() OR r % 50 = 1 THEN 'SCHEDULED'
             WHEN r % 25 = 3 THEN 'NO_SHOW'
             ELSE 'COMPLETED' END)::"LessonStatus" AS status
           FROM bench_plan WHERE plan IN ('CONFIRMED', 'CANCELED_AFTER_CONFIRM')) AS l`,

    // The audit trail, in proportion: each booking's hold and what became of it, each package and
    // payment created, each registration.
    `INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, metadata, created_at)
     SELECT gen_random_uuid(), CASE WHEN action = 'booking.expired' THEN NULL ELSE student_id END, action, 'booking',
            pg_temp.bench_id(6, n)::text, '{}', at
     FROM bench_plan
     CROSS JOIN LATERAL (VALUES ('booking.held', booked_at),
                                (CASE WHEN plan IN ('CONFIRMED', 'CANCELED_AFTER_CONFIRM') THEN 'booking.confirmed' END, booked_at + interval '2 minutes'),
                                (CASE WHEN plan IN ('CANCELED', 'CANCELED_AFTER_CONFIRM') THEN 'booking.canceled'
                                      WHEN plan = 'EXPIRED' THEN 'booking.expired' END, booked_at + interval '10 minutes')) AS steps(action, at)
     WHERE action IS NOT NULL`,
    `INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, metadata, created_at)
     SELECT gen_random_uuid(), NULL::uuid, 'billing.package.created', 'lesson_package', id::text, '{}'::jsonb, created_at FROM lesson_packages
     UNION ALL
     SELECT gen_random_uuid(), NULL::uuid, 'billing.payment.created', 'payment', id::text, '{}'::jsonb, created_at FROM payments
     UNION ALL
     SELECT gen_random_uuid(), id, 'identity.registered', 'user', id::text, '{}'::jsonb, created_at FROM users`,

    // The outbox (kind 8): an event per booking, delivered long ago, except the last few hundred
    // (pending, some retrying) and a few dozen dead letters; an in-app notification per event.
    `INSERT INTO outbox_events (id, type, aggregate_type, aggregate_id, payload, status, attempts, available_at, last_error, processed_at, created_at)
     SELECT pg_temp.bench_id(8, n), 'booking.confirmed', 'booking', pg_temp.bench_id(6, n)::text, '{}', status,
            CASE WHEN status = 'FAILED' THEN 8 WHEN status = 'PENDING' AND r < 100 THEN 1 + r % 3 ELSE 0 END,
            CASE WHEN status = 'PENDING' AND r < 100 THEN now() + interval '1 minute' ELSE booked_at END,
            CASE WHEN status = 'FAILED' OR (status = 'PENDING' AND r < 100) THEN 'SMTP timeout' END,
            CASE WHEN status = 'PROCESSED' THEN booked_at + interval '1 second' END, booked_at
     FROM (SELECT n, r, booked_at, (CASE WHEN n >= ${bookings} - ${Math.max(2, Math.round(bookings / 2500))} THEN 'PENDING'
                                         WHEN r = 777 AND n % 100 = 0 THEN 'FAILED' ELSE 'PROCESSED' END)::"OutboxStatus" AS status
           FROM bench_plan) AS e`,
    `INSERT INTO notifications (id, event_id, user_id, channel, type, status, last_error, sent_at, created_at)
     SELECT pg_temp.bench_id(9, n), pg_temp.bench_id(8, n), student_id, 'IN_APP', 'booking.confirmed', status,
            CASE WHEN status = 'FAILED' THEN 'mailbox unavailable' END, CASE WHEN status = 'SENT' THEN booked_at + interval '1 second' END, booked_at
     FROM (SELECT n, student_id, booked_at, (CASE WHEN r = 500 THEN 'FAILED' ELSE 'SENT' END)::"NotificationStatus" AS status
           FROM bench_plan) AS s
     WHERE n % 2 = 0 AND n < ${bookings} - ${Math.max(2, Math.round(bookings / 2500))}`,
    `DROP TABLE bench_plan`,
  ];
}

export interface GenerationStep {
  sql: string;
  ms: number;
}

/** Fills an empty, migrated database; then VACUUM ANALYZE, as autovacuum would in time. */
export async function generateSchool(client: pg.Client, size: SchoolSize, onStep?: (step: GenerationStep) => void) {
  await client.query("SET synchronous_commit = off");
  await client.query("SET maintenance_work_mem = '256MB'");
  await client.query("SET work_mem = '64MB'");
  for (const sql of [...statements(size), "VACUUM ANALYZE"]) {
    const startedAt = performance.now();
    await client.query(sql);
    onStep?.({ sql, ms: performance.now() - startedAt });
  }
}
