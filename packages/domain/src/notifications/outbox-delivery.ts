import type { OutboxEvent } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import type { OutboxMessage } from "../events/catalog.ts";
import { rescheduleChainOf } from "../booking/reschedule-chain.ts";
import { UnreadableEvent } from "../events/read-event.ts";
import { isDeadLetter, isEmailed, recipientsOf, retryDelayMs, type EmailedEvent } from "./delivery-rules.ts";

/** One e-mail about a lesson, with all it says: nothing in it changes if it is ever sent again. */
export interface EmailMessage {
  notificationId: string;
  eventId: string;
  event: EmailedEvent;
  /** When the change was recorded (the invitation's DTSTAMP). */
  occurredAt: Date;
  to: { email: string; name: string; locale: string; timezone: string; role: "student" | "teacher" };
  /** The other party of the lesson: the teacher to the student, the student to the teacher. */
  counterpart: { name: string };
  /** The lesson's calendar entry: named by the first booking of its reschedule chain, moved once per reschedule. */
  calendar: { firstBookingId: string; moves: number };
}

/** Sends one e-mail; the worker's SMTP mailer, or a test double. */
export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}

/** The outbox needs no settings: the worker passes its retry limit with each failure. */
export type DeliveryDeps = Pick<DomainDeps, "db" | "clock"> & { mailer?: Mailer };

/** The worker process that claims events; its id marks the rows it holds. */
export interface OutboxWorker {
  workerId: string;
}

/**
 * Claims up to `size` due events for the worker for `leaseMs`: rows another worker holds are
 * skipped (FOR UPDATE SKIP LOCKED), and a claim whose lease lapsed (a crashed worker) is taken over.
 */
export async function claimOutboxBatch(
  deps: DeliveryDeps,
  { workerId }: OutboxWorker,
  { size, leaseMs }: { size: number; leaseMs: number },
): Promise<OutboxEvent[]> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + leaseMs);
  const claimed = await deps.db.$queryRaw<{ id: string }[]>`
    UPDATE outbox_events SET locked_until = ${until}, locked_by = ${workerId}
    WHERE id IN (
      SELECT id FROM outbox_events
      WHERE status = 'PENDING' AND available_at <= ${now} AND (locked_until IS NULL OR locked_until <= ${now})
      ORDER BY available_at, id
      LIMIT ${size}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  if (claimed.length === 0) return [];
  return deps.db.outboxEvent.findMany({ where: { id: { in: claimed.map((row) => row.id) } }, orderBy: [{ availableAt: "asc" }, { id: "asc" }] });
}

/**
 * Turns one event into notifications: in-app for every recipient, e-mail too for booking
 * changes when a mailer is configured. Idempotent: rows are unique per event × user × channel,
 * and an e-mail already marked sent is not sent again, so a redelivery after a crash adds nothing.
 */
export async function deliverOutboxEvent(
  deps: DeliveryDeps,
  { workerId }: OutboxWorker,
  { eventId, event, occurredAt }: { eventId: string; event: OutboxMessage; occurredAt: Date },
): Promise<void> {
  const users = await deps.db.user.findMany({
    where: { id: { in: recipientsOf(event) } },
    select: { id: true, email: true, name: true, locale: true, timezone: true },
  });
  const now = deps.clock.now();
  const emailed = deps.mailer && isEmailed(event) ? { mailer: deps.mailer, event } : undefined;
  await deps.db.notification.createMany({
    data: [
      ...users.map((user) => ({ eventId, userId: user.id, channel: "IN_APP" as const, type: event.type, status: "SENT" as const, sentAt: now })),
      ...(emailed ? users.map((user) => ({ eventId, userId: user.id, channel: "EMAIL" as const, type: event.type })) : []),
    ],
    skipDuplicates: true,
  });
  if (emailed) {
    const unsent = await deps.db.notification.findMany({ where: { eventId, channel: "EMAIL", status: { not: "SENT" } } });
    const { studentId, teacherId, bookingId } = emailed.event.payload;
    const calendar = await rescheduleChainOf(deps.db, bookingId);
    const user = (id: string) => users.find((candidate) => candidate.id === id)!;
    for (const notification of unsent) {
      const isStudent = notification.userId === studentId;
      const to = { ...user(notification.userId), role: isStudent ? ("student" as const) : ("teacher" as const) };
      const counterpart = { name: user(isStudent ? teacherId : studentId).name };
      try {
        await emailed.mailer.send({ notificationId: notification.id, eventId, event: emailed.event, occurredAt, to, counterpart, calendar });
      } catch (error) {
        await deps.db.notification.update({ where: { id: notification.id }, data: { status: "FAILED", lastError: describe(error) } });
        throw error;
      }
      await deps.db.notification.update({ where: { id: notification.id }, data: { status: "SENT", sentAt: deps.clock.now(), lastError: null } });
    }
  }
  await deps.db.outboxEvent.updateMany({
    where: { id: eventId, lockedBy: workerId, status: "PENDING" },
    data: { status: "PROCESSED", processedAt: deps.clock.now(), lockedBy: null, lockedUntil: null },
  });
}

/**
 * A failed delivery: one more attempt counted, retried after a backoff, dead-lettered at the
 * limit, or at once when the event cannot be read (a retry would not read it either).
 */
export async function recordDeliveryFailure(
  deps: DeliveryDeps,
  _worker: OutboxWorker,
  { event, error, maxRetries, random }: { event: OutboxEvent; error: unknown; maxRetries: number; random?: () => number },
): Promise<"retry" | "dead-letter"> {
  const attempts = event.attempts + 1;
  const dead = error instanceof UnreadableEvent || isDeadLetter(attempts, maxRetries);
  await deps.db.outboxEvent.update({
    where: { id: event.id },
    data: {
      attempts,
      status: dead ? "FAILED" : "PENDING",
      lastError: describe(error),
      availableAt: new Date(deps.clock.now().getTime() + retryDelayMs(attempts, random)),
      lockedBy: null,
      lockedUntil: null,
    },
  });
  return dead ? "dead-letter" : "retry";
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2_000);
}
