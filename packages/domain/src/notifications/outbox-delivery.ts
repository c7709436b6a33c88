import { inTransaction, type Db, type OutboxEvent } from "@guitaronline/db";
import type { Clock } from "../clock.ts";
import { EMAILED_EVENTS, isDeadLetter, recipientsOf, retryDelayMs } from "./delivery-rules.ts";

export interface EmailMessage {
  notificationId: string;
  eventId: string;
  type: string;
  payload: Record<string, unknown>;
  to: { email: string; name: string; locale: string };
}

/** Sends one e-mail; the worker's SMTP mailer, or a test double. */
export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}

export interface DeliveryContext {
  db: Db;
  clock: Clock;
  mailer?: Mailer;
}

/**
 * Claims up to `size` due events for `workerId` for `leaseMs`: rows another worker holds are
 * skipped (FOR UPDATE SKIP LOCKED), and a claim whose lease lapsed (a crashed worker) is taken over.
 */
export async function claimOutboxBatch(
  db: Db,
  clock: Clock,
  { workerId, size, leaseMs }: { workerId: string; size: number; leaseMs: number },
): Promise<OutboxEvent[]> {
  const now = clock.now();
  const until = new Date(now.getTime() + leaseMs);
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE outbox_events SET locked_until = ${until}, locked_by = ${workerId}
    WHERE id IN (
      SELECT id FROM outbox_events
      WHERE status = 'PENDING' AND available_at <= ${now} AND (locked_until IS NULL OR locked_until <= ${now})
      ORDER BY available_at, id
      LIMIT ${size}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  if (claimed.length === 0) return [];
  return db.outboxEvent.findMany({ where: { id: { in: claimed.map((row) => row.id) } }, orderBy: [{ availableAt: "asc" }, { id: "asc" }] });
}

/**
 * Turns one event into notifications: in-app for every recipient, e-mail too for booking
 * changes when a mailer is configured. Idempotent: rows are unique per event × user × channel,
 * and an e-mail already marked sent is not sent again, so a redelivery after a crash adds nothing.
 */
export async function deliverOutboxEvent(ctx: DeliveryContext, event: OutboxEvent, workerId: string): Promise<void> {
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  const recipientIds = recipientsOf(payload);
  const users = await ctx.db.user.findMany({ where: { id: { in: recipientIds } }, select: { id: true, email: true, name: true, locale: true } });
  const now = ctx.clock.now();
  const emailed = Boolean(ctx.mailer) && EMAILED_EVENTS.has(event.type);
  await ctx.db.notification.createMany({
    data: [
      ...users.map((user) => ({ eventId: event.id, userId: user.id, channel: "IN_APP" as const, type: event.type, status: "SENT" as const, sentAt: now })),
      ...(emailed ? users.map((user) => ({ eventId: event.id, userId: user.id, channel: "EMAIL" as const, type: event.type })) : []),
    ],
    skipDuplicates: true,
  });
  if (emailed) {
    const unsent = await ctx.db.notification.findMany({ where: { eventId: event.id, channel: "EMAIL", status: { not: "SENT" } } });
    for (const notification of unsent) {
      const user = users.find((candidate) => candidate.id === notification.userId)!;
      try {
        await ctx.mailer!.send({ notificationId: notification.id, eventId: event.id, type: event.type, payload, to: user });
      } catch (error) {
        await ctx.db.notification.update({ where: { id: notification.id }, data: { status: "FAILED", lastError: describe(error) } });
        throw error;
      }
      await ctx.db.notification.update({ where: { id: notification.id }, data: { status: "SENT", sentAt: ctx.clock.now(), lastError: null } });
    }
  }
  await ctx.db.outboxEvent.updateMany({
    where: { id: event.id, lockedBy: workerId, status: "PENDING" },
    data: { status: "PROCESSED", processedAt: ctx.clock.now(), lockedBy: null, lockedUntil: null },
  });
}

/** A failed delivery: one more attempt counted, retried after a backoff, dead-lettered at the limit. */
export async function recordDeliveryFailure(
  db: Db,
  clock: Clock,
  event: OutboxEvent,
  error: unknown,
  { maxRetries, random }: { maxRetries: number; random?: () => number },
): Promise<"retry" | "dead-letter"> {
  const attempts = event.attempts + 1;
  const dead = isDeadLetter(attempts, maxRetries);
  await db.outboxEvent.update({
    where: { id: event.id },
    data: {
      attempts,
      status: dead ? "FAILED" : "PENDING",
      lastError: describe(error),
      availableAt: new Date(clock.now().getTime() + retryDelayMs(attempts, random)),
      lockedBy: null,
      lockedUntil: null,
    },
  });
  return dead ? "dead-letter" : "retry";
}

/** Dead letters back in the queue, with fresh attempts: all of them, or the ids given. */
export async function requeueDeadLetters(db: Db, clock: Clock, actorId: string, { ids }: { ids?: string[] } = {}) {
  return inTransaction(db, async (tx) => {
    const { count } = await tx.outboxEvent.updateMany({
      where: { status: "FAILED", ...(ids ? { id: { in: ids } } : {}) },
      data: { status: "PENDING", attempts: 0, availableAt: clock.now(), lockedBy: null, lockedUntil: null },
    });
    await tx.auditLog.create({
      data: { actorId, action: "admin.outbox.requeued", entityType: "outbox", entityId: ids ? ids.join(",").slice(0, 200) : "all", metadata: { count } },
    });
    return { requeued: count };
  });
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2_000);
}
