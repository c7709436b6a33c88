import { isOutboxEventType, OUTBOX_EVENTS, type OutboxMessage } from "./catalog.ts";

/** An outbox row the catalog cannot read: retrying will not help, so it is dead-lettered at once. */
export class UnreadableEvent extends Error {
  override name = "UnreadableEvent";
}

/** The typed event of an outbox row, its payload parsed by the catalog's schema for its type. */
export function readEvent(row: { id: string; type: string; payload: unknown }): OutboxMessage {
  if (!isOutboxEventType(row.type)) throw new UnreadableEvent(`Outbox event ${row.id} has an unknown type: ${row.type}.`);
  const parsed = OUTBOX_EVENTS[row.type].safeParse(row.payload);
  if (!parsed.success) throw new UnreadableEvent(`Outbox event ${row.id} (${row.type}) has a bad payload: ${parsed.error.message}`);
  // TypeScript cannot pair the parsed payload with `row.type`; the schema just did.
  return { type: row.type, payload: parsed.data } as OutboxMessage;
}
