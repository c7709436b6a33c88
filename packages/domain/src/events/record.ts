import type { Prisma, Tx } from "@guitaronline/db";
import { z } from "zod";
import { actorIdOf, type Actor } from "../identity/actor.ts";
import { OUTBOX_EVENTS, type EventPayload, type OutboxEventType } from "./catalog.ts";

type EntityType = "booking" | "lesson" | "lesson_package" | "payment" | "slot" | "user" | "api_token" | "outbox";

interface Entity {
  type: EntityType;
  id: string;
}

/** One outbox event; it is about the change's entity unless it names another. */
type EventOf<T extends OutboxEventType = OutboxEventType> = {
  [Type in T]: { type: Type; payload: EventPayload<Type>; entity?: Entity };
}[T];

interface Change {
  actor: Actor;
  entity: Entity;
  /** The audit action; a change that only tells others (a lesson made with its booking) has none. */
  audit?: string;
  metadata?: Prisma.InputJsonObject;
  events?: EventOf[];
}

/** The payload as stored: checked against its type's schema, dates as ISO strings. */
function encoded(event: EventOf): Prisma.InputJsonObject {
  const schema: z.ZodType = OUTBOX_EVENTS[event.type];
  // The catalog's schemas are objects of JSON values, so their encoded form is a JSON object.
  return z.encode(schema, event.payload) as Prisma.InputJsonObject;
}

/**
 * Records a change, or several, in the transaction that makes them: the audit row and the
 * outbox events, each payload checked against the catalog and stored as JSON.
 */
export async function record(tx: Tx, changes: Change | Change[]): Promise<void> {
  const all = Array.isArray(changes) ? changes : [changes];
  const audited = all.filter((change) => change.audit);
  if (audited.length > 0) {
    await tx.auditLog.createMany({
      data: audited.map((change) => ({
        actorId: actorIdOf(change.actor),
        action: change.audit!,
        entityType: change.entity.type,
        entityId: change.entity.id,
        metadata: change.metadata ?? {},
      })),
    });
  }
  const events = all.flatMap((change) => (change.events ?? []).map((event) => ({ ...event, entity: event.entity ?? change.entity })));
  if (events.length > 0) {
    await tx.outboxEvent.createMany({
      data: events.map((event) => ({
        type: event.type,
        aggregateType: event.entity.type,
        aggregateId: event.entity.id,
        payload: encoded(event),
      })),
    });
  }
}

/**
 * Records one kind of change to many entities at once (the expiries): each gets an audit row
 * whose action is the event's type, and that event.
 */
export async function recordEach<T extends OutboxEventType>(
  tx: Tx,
  actor: Actor,
  { type, entityType }: { type: T; entityType: EntityType },
  changed: { id: string; payload: EventPayload<T> }[],
): Promise<void> {
  // `type` and `payload` are paired by this function's signature; TypeScript cannot see it through T.
  const eventOf = (payload: EventPayload<T>) => ({ type, payload }) as EventOf;
  await record(
    tx,
    changed.map(({ id, payload }) => ({ actor, entity: { type: entityType, id }, audit: type, events: [eventOf(payload)] })),
  );
}
