import type pg from "pg";

const TEACHERS = 20;
const STUDENTS = 200;

/** The school the events are about: teachers and students for the worker to read as recipients. */
export async function addRecipients(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO users (id, email, name, password_hash, role, teacher_approved, updated_at)
     SELECT gen_random_uuid(), 'outbox-' || lower(role::text) || '-' || n || '@bench.example', initcap(lower(role::text)) || ' ' || n,
            'not-a-real-hash', role, role = 'TEACHER', now()
     FROM (SELECT 'TEACHER'::"Role" AS role, generate_series(1, $1) AS n
           UNION ALL SELECT 'STUDENT'::"Role", generate_series(1, $2)) people`,
    [TEACHERS, STUDENTS],
  );
}

const isoInstant = (expression: string) => `to_char((${expression}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The events of bookings held and confirmed, as the product writes them, alternating: a
 * `booking.held` (in-app to the student and the teacher) and a `booking.confirmed` (in-app and
 * e-mailed to both), for lessons spread over the next weeks. One event per row of `series`, a SQL
 * expression yielding its rows' numbers as `n`.
 */
const bookingEvents = (series: string) => `
  WITH recipients AS (
    SELECT (SELECT array_agg(id ORDER BY email) FROM users WHERE role = 'TEACHER') AS teachers,
           (SELECT array_agg(id ORDER BY email) FROM users WHERE role = 'STUDENT') AS students),
  events AS (
    SELECT n, gen_random_uuid() AS booking_id, students[1 + n % cardinality(students)] AS student_id,
           teachers[1 + n % cardinality(teachers)] AS teacher_id, date_trunc('hour', now()) + (24 + n % 500) * interval '1 hour' AS starts_at
    FROM ${series} CROSS JOIN recipients)
  INSERT INTO outbox_events (id, type, aggregate_type, aggregate_id, payload)
  SELECT gen_random_uuid(), CASE WHEN n % 2 = 0 THEN 'booking.held' ELSE 'booking.confirmed' END, 'booking', booking_id,
         CASE WHEN n % 2 = 0
           THEN jsonb_build_object('bookingId', booking_id, 'slotId', gen_random_uuid(), 'studentId', student_id,
                  'teacherId', teacher_id, 'holdExpiresAt', ${isoInstant("now() + interval '10 minutes'")})
           ELSE jsonb_build_object('bookingId', booking_id, 'lessonId', gen_random_uuid(), 'studentId', student_id,
                  'teacherId', teacher_id, 'startsAt', ${isoInstant("starts_at")}, 'endsAt', ${isoInstant("starts_at + interval '1 hour'")})
         END
  FROM events`;

/** `count` events in one statement (one commit, one wake-up for the workers). */
export async function insertEvents(client: pg.Client, count: number): Promise<void> {
  await client.query(bookingEvents("generate_series(1, $1) AS n"), [count]);
}

/** One event in a transaction of its own, as a booking's confirmation commits it. */
export async function insertOneEvent(client: pg.Client, n: number): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`${bookingEvents("(SELECT $1::int AS n) AS one")} RETURNING id`, [n]);
  return rows[0]!.id;
}

/** The notifications due for the events written so far: in-app to both recipients of each, e-mail for each confirmation. */
export async function notificationsDue(client: pg.Client): Promise<{ events: number; inApp: number; email: number }> {
  const { rows } = await client.query<{ events: number; confirmed: number }>(
    "SELECT count(*)::int AS events, (count(*) FILTER (WHERE type = 'booking.confirmed'))::int AS confirmed FROM outbox_events",
  );
  const { events, confirmed } = rows[0]!;
  return { events, inApp: 2 * events, email: 2 * confirmed };
}
