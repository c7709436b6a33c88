import { Prisma } from "./generated/prisma/client.ts";
import type { Db } from "./client.ts";

export type Tx = Prisma.TransactionClient;

export interface TransactionOptions {
  isolationLevel?: Prisma.TransactionIsolationLevel;
  /** Attempts in all, the first included, when the database aborts on a conflict. */
  maxAttempts?: number;
  timeoutMs?: number;
}

const SERIALIZATION_FAILURE = "40001";
const DEADLOCK_DETECTED = "40P01";

/** True for the aborts PostgreSQL asks the client to retry: serialization failures and deadlocks. */
export function isRetryableConflict(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") return true;
  const code = sqlStateOf(error);
  return code === SERIALIZATION_FAILURE || code === DEADLOCK_DETECTED;
}

/** The PostgreSQL SQLSTATE behind a failed query, wherever Prisma's driver adapter put it. */
export function sqlStateOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const candidate = current as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: unknown };
    if (typeof candidate.originalCode === "string") return candidate.originalCode;
    const meta = candidate.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined;
    const adapterCode = meta?.driverAdapterError?.cause?.originalCode;
    if (adapterCode) return adapterCode;
    current = candidate.cause;
  }
  return undefined;
}

/**
 * Runs `work` in one transaction, retrying it from the start a bounded number of times when
 * PostgreSQL aborts it on a serialization failure or deadlock. `work` must therefore have no
 * effect outside the transaction.
 */
export async function inTransaction<T>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
  { isolationLevel, maxAttempts = 4, timeoutMs = 10_000 }: TransactionOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { isolationLevel, timeout: timeoutMs, maxWait: timeoutMs });
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryableConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/** True when a write broke a unique constraint or index (Prisma's P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** True when a write broke an exclusion constraint (SQLSTATE 23P01), e.g. overlapping slots. */
export function isExclusionViolation(error: unknown): boolean {
  return sqlStateOf(error) === "23P01";
}
