import type { Prisma, Tx } from "@guitaronline/db";
import { emit, type OutboxEventType } from "./outbox.ts";

/**
 * Audit rows and outbox events for changes the system makes in bulk (expiries): the action is
 * the event's type, the actor is nobody. Call it inside the transaction that makes the changes.
 */
export async function recordSystemChanges(
  tx: Tx,
  change: { type: OutboxEventType; entityType: string },
  entities: { id: string; payload: Prisma.InputJsonObject }[],
): Promise<void> {
  if (entities.length === 0) return;
  await tx.auditLog.createMany({
    data: entities.map((entity) => ({ actorId: null, action: change.type, entityType: change.entityType, entityId: entity.id })),
  });
  await emit(
    tx,
    ...entities.map((entity) => ({ type: change.type, aggregateType: change.entityType, aggregateId: entity.id, payload: entity.payload })),
  );
}
