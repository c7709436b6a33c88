import type pg from "pg";

/**
 * The same two transactions as the domain's holdBooking and confirmBooking, statement for
 * statement, as hand-written SQL on `pg`: what the database allows without the stack. Read with
 * packages/domain/src/booking/hold-booking.ts and confirm-booking.ts; keep them in step.
 */
export async function holdAndConfirmRaw(pool: pg.Pool, studentId: string, slotId: string): Promise<void> {
  const bookingId = await inTransaction(pool, (client) => holdRaw(client, studentId, slotId));
  await inTransaction(pool, (client) => confirmRaw(client, studentId, bookingId));
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

// markLapsed in packages/domain/src/lapse.ts: the student's overdue packages, a slot's lapsed holds.
const EXPIRE_OVERDUE_PACKAGES = `UPDATE lesson_packages SET status = 'EXPIRED', updated_at = $1 WHERE id IN (
  SELECT id FROM lesson_packages WHERE status = 'ACTIVE' AND expires_at <= $1 AND student_id = $2 FOR UPDATE SKIP LOCKED) RETURNING *`;
const EXPIRE_LAPSED_HOLDS = `UPDATE bookings SET status = 'EXPIRED', updated_at = $1 WHERE id IN (
  SELECT id FROM bookings WHERE status = 'HOLD' AND hold_expires_at <= $1 AND slot_id = $2 FOR UPDATE SKIP LOCKED) RETURNING *`;
const ACTIVE_PACKAGES = `SELECT * FROM lesson_packages WHERE student_id = $1 AND status = 'ACTIVE'`;
const AUDIT = `INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, metadata) VALUES (gen_random_uuid(), $1, $2, 'booking', $3, $4)`;
const OUTBOX = `INSERT INTO outbox_events (id, type, aggregate_type, aggregate_id, payload) VALUES (gen_random_uuid(), $1, $2, $3, $4)`;

interface PackageRow {
  id: string;
  lessons_left: number;
  expires_at: Date;
}

/** The package expiring soonest with a lesson left (packageToConsume). */
const soonestWithLessons = (packages: PackageRow[], now: Date) =>
  packages.filter((pkg) => pkg.lessons_left > 0 && pkg.expires_at > now).sort((a, b) => a.expires_at.getTime() - b.expires_at.getTime())[0];

async function holdRaw(client: pg.PoolClient, studentId: string, slotId: string): Promise<string> {
  const now = new Date();
  await client.query(EXPIRE_OVERDUE_PACKAGES, [now, studentId]);
  const { rows: slots } = await client.query(`SELECT * FROM slots WHERE id = $1`, [slotId]);
  const slot = slots[0];
  if (!slot || slot.deleted_at || slot.starts_at <= now) throw new Error("slot unavailable");
  if (!soonestWithLessons((await client.query<PackageRow>(ACTIVE_PACKAGES, [studentId])).rows, now)) throw new Error("no active package");
  await client.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [studentId]);
  const { rows: holds } = await client.query<{ count: string }>(
    `SELECT count(*) FROM bookings WHERE student_id = $1 AND status = 'HOLD' AND hold_expires_at > $2`,
    [studentId, now],
  );
  const { rows: left } = await client.query<{ sum: string | null }>(
    `SELECT sum(lessons_left) FROM lesson_packages WHERE student_id = $1 AND status = 'ACTIVE' AND expires_at > $2`,
    [studentId, now],
  );
  if (Number(holds[0]!.count) >= Math.min(3, Number(left[0]!.sum ?? 0))) throw new Error("too many holds");
  await client.query(EXPIRE_LAPSED_HOLDS, [now, slotId]);
  const holdExpiresAt = new Date(now.getTime() + 10 * 60_000);
  const { rows: bookings } = await client.query<{ id: string }>(
    `INSERT INTO bookings (id, student_id, slot_id, status, hold_expires_at, updated_at) VALUES (gen_random_uuid(), $1, $2, 'HOLD', $3, $4) RETURNING *`,
    [studentId, slotId, holdExpiresAt, now],
  );
  const bookingId = bookings[0]!.id;
  await client.query(AUDIT, [studentId, "booking.held", bookingId, { slotId }]);
  await client.query(OUTBOX, [
    "booking.held",
    "booking",
    bookingId,
    { bookingId, slotId, studentId, teacherId: slot.teacher_id, holdExpiresAt: holdExpiresAt.toISOString() },
  ]);
  return bookingId;
}

async function confirmRaw(client: pg.PoolClient, studentId: string, bookingId: string): Promise<void> {
  const now = new Date();
  await client.query(`SELECT id FROM bookings WHERE id = $1 FOR UPDATE`, [bookingId]);
  // lockBooking's read: the booking with its slot, lesson and the booking it was moved to.
  const { rows } = await client.query(
    `SELECT b.*, s.teacher_id, s.starts_at, s.ends_at, l.id AS lesson_id, r.id AS rescheduled_to_id
     FROM bookings b JOIN slots s ON s.id = b.slot_id LEFT JOIN lessons l ON l.booking_id = b.id
     LEFT JOIN bookings r ON r.rescheduled_from_id = b.id WHERE b.id = $1`,
    [bookingId],
  );
  const booking = rows[0];
  if (!booking || booking.student_id !== studentId || booking.status !== "HOLD") throw new Error("not a hold of this student");
  if (booking.hold_expires_at <= now) throw new Error("hold expired");
  await client.query(EXPIRE_OVERDUE_PACKAGES, [now, studentId]);
  await client.query(`SELECT id FROM lesson_packages WHERE student_id = $1 AND status = 'ACTIVE' FOR UPDATE`, [studentId]);
  const chosen = soonestWithLessons((await client.query<PackageRow>(ACTIVE_PACKAGES, [studentId])).rows, now);
  if (!chosen) throw new Error("no active package");
  const lessonsLeft = chosen.lessons_left - 1;
  await client.query(`UPDATE lesson_packages SET lessons_left = $2, status = $3, updated_at = $4 WHERE id = $1 RETURNING *`, [
    chosen.id,
    lessonsLeft,
    lessonsLeft === 0 ? "DEPLETED" : "ACTIVE",
    now,
  ]);
  await client.query(`UPDATE bookings SET status = 'CONFIRMED', package_id = $2, confirmed_at = $3, updated_at = $3 WHERE id = $1`, [bookingId, chosen.id, now]);
  const { rows: lessons } = await client.query<{ id: string }>(
    `INSERT INTO lessons (id, booking_id, teacher_id, student_id, starts_at, ends_at, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6) RETURNING *`,
    [bookingId, booking.teacher_id, studentId, booking.starts_at, booking.ends_at, now],
  );
  const lessonId = lessons[0]!.id;
  const { teacher_id: teacherId, starts_at: startsAt, ends_at: endsAt } = booking;
  await client.query(OUTBOX, ["lesson.created", "lesson", lessonId, { lessonId, bookingId, studentId, teacherId, startsAt }]);
  await client.query(AUDIT, [studentId, "booking.confirmed", bookingId, { packageId: chosen.id, lessonId, lessonsLeft }]);
  await client.query(OUTBOX, ["booking.confirmed", "booking", bookingId, { bookingId, lessonId, studentId, teacherId, startsAt, endsAt }]);
}
