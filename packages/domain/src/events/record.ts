import { newId, type Prisma, type Tx } from "@guitaronline/db";
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

export interface Change {
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
 * Records a change, or several, in the transaction that makes them: the audit rows and the
 * outbox events, each payload checked against the catalog and stored as JSON, in one statement.
 */
export async function record(tx: Tx, changes: Change | Change[]): Promise<void> {
  const all = Array.isArray(changes) ? changes : [changes];
  const audits = all
    .filter((change) => change.audit)
    .map((change) => ({
      id: newId(),
      actor_id: actorIdOf(change.actor),
      action: change.audit!,
      entity_type: change.entity.type,
      entity_id: change.entity.id,
      metadata: change.metadata ?? {},
    }));
  const events = all.flatMap((change) =>
    (change.events ?? []).map((event) => {
      const entity = event.entity ?? change.entity;
      return { id: newId(), type: event.type, aggregate_type: entity.type, aggregate_id: entity.id, payload: encoded(event) };
    }),
  );
  if (audits.length === 0 && events.length === 0) return;
  await tx.$executeRaw`
    WITH audit AS (
      INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, metadata)
      SELECT id, actor_id, action, entity_type, entity_id, metadata
      FROM jsonb_to_recordset(${JSON.stringify(audits)}::jsonb)
        AS row (id uuid, actor_id uuid, action text, entity_type text, entity_id text, metadata jsonb))
    INSERT INTO outbox_events (id, type, aggregate_type, aggregate_id, payload)
    SELECT id, type, aggregate_type, aggregate_id, payload
    FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb)
      AS row (id uuid, type text, aggregate_type text, aggregate_id text, payload jsonb)`;
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
