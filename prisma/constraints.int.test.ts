import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "@guitaronline/testbed/services";
import {
  aBooking,
  aLesson,
  anOutboxEvent,
  aPackage,
  aPayment,
  aSlot,
  aUserRow,
  testDatabaseForFile,
} from "@guitaronline/testbed/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Each invariant the migrations declare, proved by writing its violation straight to PostgreSQL
// (plain SQL, no Prisma, no domain code) and reading the refusal's constraint name.

const migrationsDir = join(repoRoot, "prisma", "migrations");
const HOUR = 3_600_000;

/** The names of every CHECK, EXCLUDE and unique index (partial or not) the migrations create. */
async function declaredConstraints(): Promise<string[]> {
  const names: string[] = [];
  for (const migration of await readdir(migrationsDir, { withFileTypes: true })) {
    if (!migration.isDirectory()) continue;
    const sql = await readFile(join(migrationsDir, migration.name, "migration.sql"), "utf8");
    for (const match of sql.matchAll(/ADD CONSTRAINT "([^"]+)"\s+(?:CHECK|EXCLUDE)\b|CREATE UNIQUE INDEX "([^"]+)"/g)) {
      names.push((match[1] ?? match[2])!);
    }
  }
  return names.sort();
}

const database = testDatabaseForFile();
let sql: pg.Client;
beforeAll(async () => {
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});
afterAll(() => sql.end());

/** Inserts a copy of row `id` of `table` with `changes` (and a new id) applied. */
const copyOf = (table: string, id: string, changes: Record<string, unknown>) =>
  sql.query(
    `INSERT INTO "${table}" SELECT (jsonb_populate_record(NULL::"${table}", to_jsonb(original) || $2::jsonb)).*
     FROM "${table}" original WHERE id = $1`,
    [id, JSON.stringify({ id: randomUUID(), ...changes })],
  );

/** Sets `changes` on row `id` of `table`. */
const change = (table: string, id: string, changes: Record<string, unknown>) => {
  const columns = Object.keys(changes);
  return sql.query(
    `UPDATE "${table}" SET ${columns.map((column, index) => `"${column}" = $${index + 2}`).join(", ")} WHERE id = $1`,
    [id, ...Object.values(changes)],
  );
};

/** The constraint a write was refused by, with PostgreSQL's SQLSTATE. */
async function refusalOf(write: Promise<unknown>): Promise<{ constraint: string | undefined; code: string | undefined }> {
  try {
    await write;
  } catch (error) {
    if (error instanceof pg.DatabaseError) return { constraint: error.constraint, code: error.code };
    throw error;
  }
  throw new Error("the database accepted the violation");
}

const CHECK = "23514";
const UNIQUE = "23505";
const EXCLUSION = "23P01";

async function aTeacherAndStudent() {
  const teacher = await aUserRow(database.db, "TEACHER");
  const student = await aUserRow(database.db, "STUDENT");
  const pkg = await aPackage(database.db, student.id, { lessons: 3 });
  return { teacher, student, pkg };
}

type Violation = { code: string; rule: string; write: () => Promise<unknown> };
type Violations = Omit<Violation, "write"> & { writes: Violation["write"][] };

async function aScheduledLesson() {
  const { teacher, student, pkg } = await aTeacherAndStudent();
  return (await aLesson(database.db, { teacherId: teacher.id, studentId: student.id, packageId: pkg.id })).lesson;
}

async function anApiToken(tokenPrefix: string) {
  const user = await aUserRow(database.db, "STUDENT");
  return database.db.apiToken.create({ data: { userId: user.id, name: "script", tokenHash: randomUUID(), tokenPrefix, sessionVersion: 0 } });
}

/** Per constraint: the SQLSTATE it refuses with, and a write that breaks it (or one per clause). */
const violations: Record<string, Violation | Violations> = {
  users_email_key: {
    code: UNIQUE,
    rule: "one account per e-mail address",
    write: async () => {
      const user = await aUserRow(database.db, "STUDENT");
      return copyOf("users", user.id, {});
    },
  },
  users_email_normalised: {
    code: CHECK,
    rule: "e-mail addresses are stored lower-case and trimmed",
    writes: ["Mixed.Case@example.com", " padded@example.com"].map(
      (email) => async () => change("users", (await aUserRow(database.db, "STUDENT")).id, { email }),
    ),
  },
  users_approval_only_for_teachers: {
    code: CHECK,
    rule: "only a teacher carries a teacher approval",
    write: async () => change("users", (await aUserRow(database.db, "STUDENT")).id, { teacher_approved: true }),
  },
  api_tokens_token_hash_key: {
    code: UNIQUE,
    rule: "a token hash identifies one token",
    write: async () => copyOf("api_tokens", (await anApiToken("go_abc")).id, {}),
  },
  api_tokens_prefix_short: {
    code: CHECK,
    rule: "a token keeps only a short prefix of itself (12 characters at most)",
    write: async () => change("api_tokens", (await anApiToken("go_abcdefghi")).id, { token_prefix: "go_abcdefghij" }),
  },
  slots_end_after_start: {
    code: CHECK,
    rule: "a slot ends after it starts",
    write: async () => {
      const slot = await aSlot(database.db, (await aUserRow(database.db, "TEACHER")).id);
      return change("slots", slot.id, { ends_at: slot.startsAt });
    },
  },
  slots_no_overlap_per_teacher: {
    code: EXCLUSION,
    rule: "a teacher's live slots never overlap",
    write: async () => {
      const slot = await aSlot(database.db, (await aUserRow(database.db, "TEACHER")).id);
      return copyOf("slots", slot.id, {
        starts_at: new Date(slot.startsAt.getTime() + HOUR / 2),
        ends_at: new Date(slot.endsAt.getTime() + HOUR / 2),
      });
    },
  },
  bookings_one_active_per_slot: {
    code: UNIQUE,
    rule: "at most one active (HOLD or CONFIRMED) booking per slot",
    write: async () => {
      const { teacher, student, pkg } = await aTeacherAndStudent();
      const slot = await aSlot(database.db, teacher.id);
      const held = await aBooking(database.db, { studentId: student.id, slotId: slot.id });
      const other = await aUserRow(database.db, "STUDENT");
      return copyOf("bookings", held.id, { student_id: other.id, status: "CONFIRMED", package_id: pkg.id });
    },
  },
  bookings_confirmed_has_package: {
    code: CHECK,
    rule: "a confirmed booking names the package it consumed",
    write: async () => {
      const { teacher, student } = await aTeacherAndStudent();
      const held = await aBooking(database.db, { studentId: student.id, slotId: (await aSlot(database.db, teacher.id)).id });
      return change("bookings", held.id, { status: "CONFIRMED" });
    },
  },
  bookings_student_id_idempotency_key_key: {
    code: UNIQUE,
    rule: "a hold's idempotency key is used once per student",
    write: async () => {
      const { teacher, student } = await aTeacherAndStudent();
      const [first, second] = [await aSlot(database.db, teacher.id, { hoursFromNow: 10 }), await aSlot(database.db, teacher.id, { hoursFromNow: 20 })];
      const held = await aBooking(database.db, { studentId: student.id, slotId: first.id });
      await change("bookings", held.id, { idempotency_key: "double-click" });
      return copyOf("bookings", held.id, { slot_id: second.id });
    },
  },
  bookings_rescheduled_from_id_key: {
    code: UNIQUE,
    rule: "a booking has at most one successor",
    write: async () => {
      const { teacher, student } = await aTeacherAndStudent();
      const slots = [10, 20, 30].map((hoursFromNow) => aSlot(database.db, teacher.id, { hoursFromNow }));
      const [from, to, again] = await Promise.all(slots);
      const original = await aBooking(database.db, { studentId: student.id, slotId: from!.id, status: "CANCELED" });
      const successor = await aBooking(database.db, { studentId: student.id, slotId: to!.id });
      await change("bookings", successor.id, { rescheduled_from_id: original.id });
      return copyOf("bookings", successor.id, { slot_id: again!.id });
    },
  },
  lessons_booking_id_key: {
    code: UNIQUE,
    rule: "exactly one lesson per booking",
    write: async () => copyOf("lessons", (await aScheduledLesson()).id, {}),
  },
  lessons_end_after_start: {
    code: CHECK,
    rule: "a lesson ends after it starts",
    write: async () => {
      const lesson = await aScheduledLesson();
      return change("lessons", lesson.id, { ends_at: new Date(lesson.startsAt.getTime() - 1) });
    },
  },
  lesson_packages_lessons_left_in_range: {
    code: CHECK,
    rule: "a package has between 0 and all of its (at least 1) lessons left",
    writes: [{ lessons_left: -1 }, { lessons_left: 4 }, { lessons_total: 0, lessons_left: 0 }].map(
      (lessons) => async () => change("lesson_packages", (await aTeacherAndStudent()).pkg.id, lessons),
    ),
  },
  lesson_packages_price_valid: {
    code: CHECK,
    rule: "a package's price is a non-negative amount in a three-letter ISO currency",
    writes: [{ currency: "eur" }, { price_minor: -5 }].map(
      (price) => async () => change("lesson_packages", (await aTeacherAndStudent()).pkg.id, price),
    ),
  },
  payments_idempotency_key_key: {
    code: UNIQUE,
    rule: "retries of one payment make one payment",
    write: async () => copyOf("payments", (await aPayment(database.db, (await aTeacherAndStudent()).pkg.id)).id, {}),
  },
  payments_amount_valid: {
    code: CHECK,
    rule: "a payment is a non-negative amount in a three-letter ISO currency",
    writes: [{ amount_minor: -1 }, { currency: "E1R" }].map(
      (amount) => async () => change("payments", (await aPayment(database.db, (await aTeacherAndStudent()).pkg.id)).id, amount),
    ),
  },
  payments_paid_at_when_paid: {
    code: CHECK,
    rule: "a payment that succeeded or was refunded records when it was paid",
    writes: ["SUCCEEDED", "REFUNDED"].map(
      (status) => async () => change("payments", (await aPayment(database.db, (await aTeacherAndStudent()).pkg.id)).id, { status }),
    ),
  },
  notifications_event_id_user_id_channel_key: {
    code: UNIQUE,
    rule: "one notification per event, user and channel",
    write: async () => {
      const student = await aUserRow(database.db, "STUDENT");
      const event = await anOutboxEvent(database.db, student.id);
      const notification = await database.db.notification.create({
        data: { eventId: event.id, userId: student.id, channel: "IN_APP", type: event.type },
      });
      return copyOf("notifications", notification.id, {});
    },
  },
};

describe("constraints the migrations declare", () => {
  it("every CHECK, EXCLUDE and unique index in the migrations has a violation below", async () => {
    expect(Object.keys(violations).sort()).toEqual(await declaredConstraints());
  });

  for (const [constraint, violation] of Object.entries(violations)) {
    it(`${constraint}: ${violation.rule}`, async () => {
      for (const write of "writes" in violation ? violation.writes : [violation.write]) {
        await expect(refusalOf(write())).resolves.toEqual({ constraint, code: violation.code });
      }
    });
  }
});

describe("what the partial constraints leave allowed", () => {
  it("a deleted slot, another teacher's slot and a back-to-back slot do not overlap a live one", async () => {
    const teacher = await aUserRow(database.db, "TEACHER");
    const slot = await aSlot(database.db, teacher.id);
    await expect(copyOf("slots", slot.id, { starts_at: slot.endsAt, ends_at: new Date(slot.endsAt.getTime() + HOUR) })).resolves.toMatchObject({ rowCount: 1 });
    await expect(copyOf("slots", slot.id, { teacher_id: (await aUserRow(database.db, "TEACHER")).id })).resolves.toMatchObject({ rowCount: 1 });
    await change("slots", slot.id, { deleted_at: new Date() });
    await expect(copyOf("slots", slot.id, { deleted_at: null })).resolves.toMatchObject({ rowCount: 1 });
  });

  it("a slot keeps any number of canceled and expired bookings beside its one active booking", async () => {
    const { teacher, student } = await aTeacherAndStudent();
    const slot = await aSlot(database.db, teacher.id);
    const held = await aBooking(database.db, { studentId: student.id, slotId: slot.id });
    for (const status of ["CANCELED", "EXPIRED", "CANCELED"]) {
      await expect(copyOf("bookings", held.id, { status })).resolves.toMatchObject({ rowCount: 1 });
    }
  });

  it("an approved teacher and a package with every lesson left are accepted", async () => {
    const teacher = await aUserRow(database.db, "TEACHER", { approved: false });
    await expect(change("users", teacher.id, { teacher_approved: true })).resolves.toMatchObject({ rowCount: 1 });
    const { pkg } = await aTeacherAndStudent();
    await expect(change("lesson_packages", pkg.id, { lessons_left: pkg.lessonsTotal })).resolves.toMatchObject({ rowCount: 1 });
  });
});
