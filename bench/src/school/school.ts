import { createDb, type Db } from "@guitaronline/db";
import { createApiToken, schoolSettings, systemClock, type DomainDeps, type Principal } from "@guitaronline/domain";
import pg from "pg";

/** The scratch database as the bench fills it: Prisma for people, `pg` for bulk rows. */
export interface School {
  db: Db;
  pool: pg.Pool;
  /** The domain's dependencies with the product's default settings (3 holds at once, 10 minutes). */
  deps: DomainDeps;
  close(): Promise<void>;
}

export function openSchool(databaseUrl: string, poolSize = 10): School {
  const db = createDb({ databaseUrl, poolSize });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const deps = { db, clock: systemClock, settings: schoolSettings({ BOOKING_HOLD_MINUTES: 10, BOOKING_REFUND_WINDOW_HOURS: 24, BOOKING_MAX_ACTIVE_HOLDS: 3 }) };
  return { db, pool, deps, close: async () => void (await Promise.all([db.$disconnect(), pool.end()])) };
}

const PRINCIPAL = { id: true, email: true, name: true, role: true, teacherApproved: true, locale: true, timezone: true } as const;

let people = 0;

async function aPerson(db: Db, role: "STUDENT" | "TEACHER", label: string): Promise<Principal> {
  people += 1;
  const email = `${label}-${people}-${Date.now().toString(36)}@bench.example`;
  return db.user.create({
    data: { email, name: `${label} ${people}`, passwordHash: "not-a-hash", role, teacherApproved: role === "TEACHER" },
    select: PRINCIPAL,
  });
}

export const aTeacher = (school: School) => aPerson(school.db, "TEACHER", "teacher");

export interface BenchStudent {
  principal: Principal;
  /** A personal API token: `Authorization: Bearer …`. */
  token: string;
  packageId: string;
}

/** Students with one active package of `lessons` lessons each, valid for a year, and a token each. */
export async function studentsWithPackages(school: School, count: number, lessons: number): Promise<BenchStudent[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const principal = await aPerson(school.db, "STUDENT", "student");
      const pkg = await school.db.lessonPackage.create({
        data: {
          studentId: principal.id,
          lessonsTotal: lessons,
          lessonsLeft: lessons,
          priceMinor: 20_000,
          currency: "EUR",
          expiresAt: new Date(Date.now() + 365 * 24 * 3600 * 1000),
        },
      });
      const { token } = await createApiToken(school.deps, principal, { name: "bench" });
      return { principal, token, packageId: pkg.id };
    }),
  );
}

/**
 * `count` slots of 45 minutes for a teacher, one every `everyMinutes` from a day ahead, in one
 * set-based statement; their ids in time order.
 */
export async function futureSlots(school: School, teacherId: string, count: number, everyMinutes = 60): Promise<string[]> {
  const { rows } = await school.pool.query<{ id: string }>(
    `INSERT INTO slots (id, teacher_id, starts_at, ends_at)
     SELECT gen_random_uuid(), $1, starts_at, starts_at + interval '45 minutes'
     FROM (SELECT date_trunc('hour', now()) + interval '1 day' + n * $3 * interval '1 minute' AS starts_at
           FROM generate_series(0, $2 - 1) AS n) AS s
     RETURNING id, starts_at`,
    [teacherId, count, everyMinutes],
  );
  return rows.map((row) => row.id);
}
