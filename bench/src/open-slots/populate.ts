import type { School } from "../school/school.ts";
import { aTeacher, futureSlots, studentsWithPackages } from "../school/school.ts";

export interface Timetable {
  teacherId: string;
  /** The student whose token reads it. */
  token: string;
}

/**
 * The teacher whose month is read, with `ownSlots` slots 9 hours apart (about 80 in a month), one
 * in five of them booked; and `others` teachers with `othersEach` slots each around them, from
 * half a year ago, in set-based statements.
 */
export async function populateTimetable(school: School, { ownSlots, others, othersEach }: { ownSlots: number; others: number; othersEach: number }): Promise<Timetable> {
  const tag = Date.now().toString(36);
  await school.pool.query(
    `INSERT INTO users (id, email, name, password_hash, role, teacher_approved, updated_at)
     SELECT gen_random_uuid(), 'other-teacher-' || n || '-' || $2 || '@bench.example', 'Other teacher ' || n, 'not-a-hash', 'TEACHER', true, now()
     FROM generate_series(1, $1) AS n`,
    [others, tag],
  );
  await school.pool.query(
    `INSERT INTO slots (id, teacher_id, starts_at, ends_at)
     SELECT gen_random_uuid(), u.id, starts_at, starts_at + interval '45 minutes'
     FROM users AS u CROSS JOIN LATERAL (
       SELECT date_trunc('hour', now()) - interval '180 days' + n * interval '9 hours' + (hashtext(u.id::text) % 9) * interval '1 hour' AS starts_at
       FROM generate_series(0, $2 - 1) AS n) AS s
     WHERE u.email LIKE 'other-teacher-%-' || $1 || '@bench.example'`,
    [tag, othersEach],
  );
  const teacher = await aTeacher(school);
  const [student] = await studentsWithPackages(school, 1, 1_000);
  const slotIds = await futureSlots(school, teacher.id, ownSlots, 9 * 60);
  await school.pool.query(
    `INSERT INTO bookings (id, student_id, slot_id, status, hold_expires_at, package_id, confirmed_at, updated_at)
     SELECT gen_random_uuid(), $1, slot_id, 'CONFIRMED', now(), $2, now(), now()
     FROM unnest($3::uuid[]) WITH ORDINALITY AS s(slot_id, n) WHERE n % 5 = 0`,
    [student!.principal.id, student!.packageId, slotIds],
  );
  // The package paid for those lessons: its balance stays true for the other scenarios' checks.
  await school.pool.query(
    `UPDATE lesson_packages SET lessons_left = lessons_total - (SELECT count(*) FROM bookings WHERE package_id = $1) WHERE id = $1`,
    [student!.packageId],
  );
  await school.pool.query("ANALYZE");
  return { teacherId: teacher.id, token: student!.token };
}
