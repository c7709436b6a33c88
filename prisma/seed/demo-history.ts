import type { Db, Prisma } from "@guitaronline/db";
import { DEMO_ADMIN_EMAIL } from "./demo-accounts.ts";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const WEEKS_OF_HISTORY = 4;

export const HISTORY_TEACHERS = [
  { email: "elena.frets@guitaronline.dev", name: "Elena Frets", bio: "Rock and blues: riffs, bends and improvisation.", instruments: ["electric guitar"] },
  { email: "daniel.chords@guitaronline.dev", name: "Daniel Chords", bio: "Jazz harmony and comping for curious ears.", instruments: ["jazz guitar", "acoustic guitar"] },
] as const;

const STUDENT_NAMES = [
  "Anna Petrova", "Ivan Sokolov", "Olga Smirnova", "Dmitri Volkov", "Maria Kuznetsova", "Pavel Orlov",
  "Irina Lebedeva", "Sergei Morozov", "Natalia Popova", "Alexei Novikov", "Ekaterina Fedorova", "Mikhail Egorov",
];

const emailOf = (name: string) => `${name.toLowerCase().replace(" ", ".")}@example.com`;

/** What happened to the n-th past lesson: most are taught, some missed, some canceled in or out of the window. */
function fateOf(n: number): "COMPLETED" | "NO_SHOW" | "CANCELED_EARLY" | "CANCELED_LATE" {
  if (n % 11 === 3) return "NO_SHOW";
  if (n % 13 === 5) return "CANCELED_EARLY";
  if (n % 17 === 8) return "CANCELED_LATE";
  return "COMPLETED";
}

/**
 * Weeks of a school's life so the dashboards have something to show: two more teachers, a dozen
 * students who bought packages (one payment refunded, one pending, one failed), lessons taught,
 * missed and canceled inside and outside the refund window, and one dead-lettered event. The
 * demo accounts are left as they are. Written once: a run that finds the history teachers adds
 * nothing.
 */
export async function seedDemoHistory(db: Db, { now, passwordHash }: { now: Date; passwordHash: string }): Promise<void> {
  if (await db.user.count({ where: { email: HISTORY_TEACHERS[0].email } })) return;
  const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } });
  await db.$transaction(async (tx) => {
    const teachers = [];
    for (const teacher of HISTORY_TEACHERS) {
      teachers.push(
        await tx.user.create({
          data: {
            email: teacher.email,
            name: teacher.name,
            passwordHash,
            role: "TEACHER",
            teacherApproved: true,
            timezone: "Europe/Moscow",
            createdAt: new Date(now.getTime() - 60 * DAY_MS),
            teacherProfile: { create: { bio: teacher.bio, instruments: [...teacher.instruments] } },
          },
        }),
      );
    }
    const students = [];
    for (const [index, name] of STUDENT_NAMES.entries()) {
      const joined = new Date(now.getTime() - (WEEKS_OF_HISTORY * 7 + 3 - index) * DAY_MS);
      const student = await tx.user.create({
        data: { email: emailOf(name), name, passwordHash, role: "STUDENT", locale: index % 3 === 0 ? "en" : "ru", timezone: "Europe/Moscow", createdAt: joined },
      });
      const boughtAt = new Date(joined.getTime() + 2 * HOUR_MS);
      const pkg = await tx.lessonPackage.create({
        data: { studentId: student.id, lessonsTotal: 10, lessonsLeft: 10, priceMinor: 25_000, currency: "EUR", expiresAt: new Date(boughtAt.getTime() + 120 * DAY_MS), createdAt: boughtAt },
      });
      const status = index === 4 ? "REFUNDED" : index === 10 ? "PENDING" : index === 11 ? "FAILED" : "SUCCEEDED";
      const paidAt = status === "SUCCEEDED" || status === "REFUNDED" ? boughtAt : null;
      await tx.payment.create({
        data: {
          packageId: pkg.id,
          amountMinor: 25_000,
          currency: "EUR",
          status,
          paidAt,
          idempotencyKey: `demo-history-${index}`,
          createdAt: boughtAt,
          updatedAt: status === "REFUNDED" ? new Date(boughtAt.getTime() + 9 * DAY_MS) : boughtAt,
        },
      });
      students.push({ ...student, packageId: pkg.id });
    }
    await pastLessons(tx, now, teachers, students);
    await audited(tx, admin.id);
    // The refund's notice could not be delivered during an outage: requeueing it delivers it.
    const refund = await tx.payment.findUniqueOrThrow({ where: { idempotencyKey: "demo-history-4" }, include: { package: true } });
    await tx.outboxEvent.create({
      data: {
        type: "billing.payment.refunded",
        aggregateType: "payment",
        aggregateId: refund.id,
        payload: {
          paymentId: refund.id,
          packageId: refund.packageId,
          studentId: refund.package.studentId,
          from: "SUCCEEDED",
          to: "REFUNDED",
          amountMinor: refund.amountMinor,
          currency: refund.currency,
        },
        status: "FAILED",
        attempts: 5,
        lastError: "connect ECONNREFUSED 10.0.0.25:587",
        createdAt: new Date(now.getTime() - 2 * DAY_MS),
        availableAt: new Date(now.getTime() - DAY_MS),
      },
    });
    // A few hundred small writes: more than the default five seconds on a busy machine.
  }, { timeout: 120_000 });
}

/** Two lessons a weekday per history teacher over the past weeks, their students taking turns. */
async function pastLessons(tx: Prisma.TransactionClient, now: Date, teachers: { id: string }[], students: { id: string; packageId: string }[]) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const used = new Map<string, number>();
  let n = 0;
  for (let daysAgo = WEEKS_OF_HISTORY * 7; daysAgo >= 1; daysAgo--) {
    const day = new Date(today - daysAgo * DAY_MS);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    for (const [t, teacher] of teachers.entries()) {
      for (const hour of [9 + t, 15 + t]) {
        const student = students[n % students.length]!;
        const fate = fateOf(n++);
        const startsAt = new Date(day.getTime() + hour * HOUR_MS);
        const endsAt = new Date(startsAt.getTime() + HOUR_MS);
        const bookedAt = new Date(startsAt.getTime() - 3 * DAY_MS);
        const slot = await tx.slot.create({ data: { teacherId: teacher.id, startsAt, endsAt, createdAt: new Date(bookedAt.getTime() - DAY_MS) } });
        const canceled = fate === "CANCELED_EARLY" || fate === "CANCELED_LATE";
        const canceledAt = fate === "CANCELED_EARLY" ? new Date(startsAt.getTime() - 48 * HOUR_MS) : new Date(startsAt.getTime() - 3 * HOUR_MS);
        const consumed = fate !== "CANCELED_EARLY";
        const booking = await tx.booking.create({
          data: {
            studentId: student.id,
            slotId: slot.id,
            status: canceled ? "CANCELED" : "CONFIRMED",
            holdExpiresAt: new Date(bookedAt.getTime() + 10 * 60_000),
            packageId: student.packageId,
            confirmedAt: bookedAt,
            canceledAt: canceled ? canceledAt : null,
            canceledById: canceled ? student.id : null,
            cancelReason: canceled ? "Something came up" : null,
            lessonReturned: fate === "CANCELED_EARLY",
            createdAt: bookedAt,
          },
        });
        await tx.lesson.create({
          data: {
            bookingId: booking.id,
            teacherId: teacher.id,
            studentId: student.id,
            startsAt,
            endsAt,
            status: canceled ? "CANCELED" : fate,
            completedAt: fate === "COMPLETED" ? endsAt : null,
            createdAt: bookedAt,
          },
        });
        if (consumed) used.set(student.packageId, (used.get(student.packageId) ?? 0) + 1);
      }
    }
  }
  for (const [packageId, lessons] of used) {
    await tx.lessonPackage.update({ where: { id: packageId }, data: { lessonsLeft: { decrement: lessons } } });
  }
}

/** The trail an admin would find for the sales. */
async function audited(tx: Prisma.TransactionClient, adminId: string) {
  const payments = await tx.payment.findMany({ where: { idempotencyKey: { startsWith: "demo-history-" } }, include: { package: true } });
  await tx.auditLog.createMany({
    data: payments.flatMap((payment) => [
      {
        actorId: adminId,
        action: "billing.package.created",
        entityType: "lesson_package",
        entityId: payment.packageId,
        metadata: { studentId: payment.package.studentId, lessonsTotal: 10, priceMinor: 25_000, currency: "EUR" },
        createdAt: payment.createdAt,
      },
      {
        actorId: adminId,
        action: `billing.payment.${payment.status.toLowerCase()}`,
        entityType: "payment",
        entityId: payment.id,
        metadata: { to: payment.status },
        createdAt: payment.updatedAt,
      },
    ]),
  });
}
