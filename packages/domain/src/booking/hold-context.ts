import type { BookingStatus, Tx } from "@guitaronline/db";
import type { PackageState } from "../billing/package-rules.ts";

export interface HoldContext {
  slot: { id: string; teacherId: string; startsAt: Date; endsAt: Date; deletedAt: Date | null } | null;
  /** The student's ACTIVE packages, overdue ones included: the rules tell them apart. */
  packages: PackageState[];
  /** The student's unexpired holds. */
  activeHolds: number;
  /** The booking that has the slot now, if any (a stale hold still has it until marked). */
  occupant: { status: BookingStatus; holdExpiresAt: Date } | null;
}

type PackageJson = Omit<PackageState, "expiresAt" | "createdAt"> & { expiresAt: string; createdAt: string };

interface Row {
  slotId: string | null;
  teacherId: string;
  startsAt: Date;
  endsAt: Date;
  deletedAt: Date | null;
  activeHolds: number;
  packages: PackageJson[];
  occupantStatus: BookingStatus | null;
  occupantHoldExpiresAt: Date;
}

/** What the hold rules ask about a student and a slot, read in one statement. */
export async function readHoldContext(tx: Tx, studentId: string, slotId: string, now: Date): Promise<HoldContext> {
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT s.id AS "slotId", s.teacher_id AS "teacherId", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
      s.deleted_at AS "deletedAt",
      (SELECT count(*)::int FROM bookings
        WHERE student_id = ${studentId}::uuid AND status = 'HOLD' AND hold_expires_at > ${now}) AS "activeHolds",
      (SELECT coalesce(json_agg(json_build_object(
          'id', p.id, 'status', p.status, 'lessonsLeft', p.lessons_left, 'lessonsTotal', p.lessons_total,
          'expiresAt', p.expires_at, 'createdAt', p.created_at)), '[]'::json)
        FROM lesson_packages p WHERE p.student_id = ${studentId}::uuid AND p.status = 'ACTIVE') AS packages,
      occupant.status AS "occupantStatus", occupant.hold_expires_at AS "occupantHoldExpiresAt"
    FROM (SELECT 1) AS one
    LEFT JOIN slots s ON s.id = ${slotId}::uuid
    LEFT JOIN bookings occupant ON occupant.slot_id = ${slotId}::uuid AND occupant.status IN ('HOLD', 'CONFIRMED')`;
  const { slotId: id, teacherId, startsAt, endsAt, deletedAt, activeHolds, packages, occupantStatus, occupantHoldExpiresAt } = row!;
  return {
    slot: id ? { id, teacherId, startsAt, endsAt, deletedAt } : null,
    packages: packages.map((pkg) => ({ ...pkg, expiresAt: new Date(pkg.expiresAt), createdAt: new Date(pkg.createdAt) })),
    activeHolds,
    occupant: occupantStatus ? { status: occupantStatus, holdExpiresAt: occupantHoldExpiresAt } : null,
  };
}
