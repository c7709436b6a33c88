import type { Prisma, Tx } from "@guitaronline/db";

export type OutboxEventType =
  | "booking.held"
  | "booking.confirmed"
  | "booking.canceled"
  | "booking.rescheduled"
  | "booking.hold_expired"
  | "lesson.created"
  | "lesson.canceled"
  | "lesson.completed"
  | "lesson.no_show"
  | "billing.package.created"
  | "billing.package.expired"
  | "billing.payment.created"
  | "billing.payment.succeeded"
  | "billing.payment.failed"
  | "billing.payment.pending"
  | "billing.payment.refunded";

export interface OutboxEntry {
  type: OutboxEventType;
  aggregateType: string;
  aggregateId: string;
  payload: Prisma.InputJsonObject;
}

/** Queues an event for the worker; call it inside the transaction that makes the change. */
export async function emit(tx: Tx, ...events: OutboxEntry[]): Promise<void> {
  await tx.outboxEvent.createMany({ data: events });
}
