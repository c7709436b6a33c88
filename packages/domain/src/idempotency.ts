import { createHash } from "node:crypto";
import type { Prisma, Tx } from "@guitaronline/db";
import superjson, { type SuperJSONResult } from "superjson";
import type { DomainDeps } from "./deps.ts";
import { IdempotencyConflict } from "./errors.ts";
import type { SYSTEM } from "./identity/actor.ts";

/** How long a key answers for itself; the worker removes older ones. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** A change's input with the key a client may send: the same key again is the same request. */
export interface Keyed {
  idempotencyKey?: string;
}

/** A change asked for under an idempotency key. */
export interface KeyedRequest {
  /** Keys are their actor's alone: another user's same key is another request. */
  actorId: string;
  /** The use-case, e.g. "booking.confirm": a key names one intent, so it serves one operation. */
  operation: string;
  key: string;
  /** What was asked, the key left out: the same key with another request is refused. */
  request: object;
}

/** The keyed request for a use-case's input, or undefined when the caller sent no key. */
export function keyedRequest(
  operation: string,
  actor: { id: string },
  { idempotencyKey, ...request }: Keyed,
): KeyedRequest | undefined {
  return idempotencyKey ? { actorId: actor.id, operation, key: idempotencyKey, request } : undefined;
}

/** SHA-256 of the request as JSON with its keys sorted, so field order never matters. */
export function requestHash(request: object): string {
  const sorted = JSON.stringify(request, (_, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
  return createHash("sha256").update(sorted).digest("hex");
}

const rowOf = ({ actorId, operation, key }: KeyedRequest) => ({ actorId_operation_key: { actorId, operation, key } });

/**
 * Claims the key in the change's transaction, before the change. A duplicate racing the first
 * request waits here on the primary key until that one ends: committed, it reads its answer; rolled
 * back, the claim is its own. Answers with the earlier result, or null when this request goes first.
 */
export async function claimKey(tx: Tx, keyed: KeyedRequest): Promise<{ result: unknown } | null> {
  const hash = requestHash(keyed.request);
  const claimed = await tx.$executeRaw`
    INSERT INTO idempotent_requests (actor_id, operation, key, request_hash)
    VALUES (${keyed.actorId}::uuid, ${keyed.operation}, ${keyed.key}, ${hash})
    ON CONFLICT DO NOTHING`;
  if (claimed === 1) return null;
  const earlier = await tx.idempotentRequest.findUniqueOrThrow({ where: rowOf(keyed) });
  if (earlier.requestHash !== hash) throw new IdempotencyConflict();
  return { result: superjson.deserialize(earlier.result as unknown as SuperJSONResult) };
}

/** Keeps the change's answer with its key; superjson keeps dates dates. */
export async function rememberAnswer(tx: Tx, keyed: KeyedRequest, result: unknown): Promise<void> {
  const stored = superjson.serialize(result) as unknown as Prisma.InputJsonObject;
  await tx.idempotentRequest.update({ where: rowOf(keyed), data: { result: stored } });
}

/** Gives the key up when the change is refused but its transaction commits: a retry acts anew. */
export async function releaseKey(tx: Tx, keyed: KeyedRequest): Promise<void> {
  await tx.idempotentRequest.delete({ where: rowOf(keyed) });
}

/**
 * Removes keys older than IDEMPOTENCY_KEY_HOURS by the database's clock, which stamped them: the
 * worker runs this every hour, so a key answers for itself for 24 h at least.
 */
export async function forgetOldIdempotencyKeys(deps: Pick<DomainDeps, "db">, _system: typeof SYSTEM) {
  const expired = await deps.db.$executeRaw`
    DELETE FROM idempotent_requests WHERE created_at < now() - make_interval(hours => ${IDEMPOTENCY_KEY_HOURS})`;
  return { expired };
}
