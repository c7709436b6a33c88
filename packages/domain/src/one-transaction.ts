import { inTransaction, type Tx } from "@guitaronline/db";
import type { DomainDeps } from "./deps.ts";
import type { DomainError } from "./errors.ts";
import { claimKey, releaseKey, rememberAnswer, type KeyedRequest } from "./idempotency.ts";

type RefusalClass = abstract new (...args: never[]) => DomainError;

class RefusedAfterCommit {
  constructor(readonly error: DomainError) {}
}

export interface OneTransactionOptions {
  /** Refusals that still commit what the transaction wrote on the way to them. */
  keepWritesOn?: RefusalClass[];
  /** The request's idempotency key (see keyedRequest), when the caller sent one. */
  idempotent?: KeyedRequest;
}

/**
 * Runs a use-case in its one transaction. A refusal of a class in `keepWritesOn` still commits
 * what the transaction wrote on the way to it (an overdue package or a lapsed hold it found and
 * marked expired), then is thrown; any other error rolls everything back.
 *
 * With `idempotent`, the key is claimed first in the same transaction: a key seen before answers
 * with the stored result and nothing runs; a first run's result is stored with the key. A refusal
 * leaves no key behind, so a retry once its cause is gone acts.
 */
export async function inOneTransaction<T>(
  deps: Pick<DomainDeps, "db">,
  work: (tx: Tx) => Promise<T>,
  { keepWritesOn = [], idempotent }: OneTransactionOptions = {},
): Promise<T> {
  const outcome = await inTransaction(deps.db, async (tx) => {
    const earlier = idempotent ? await claimKey(tx, idempotent) : null;
    if (earlier) return earlier.result as T;
    try {
      const result = await work(tx);
      if (idempotent) await rememberAnswer(tx, idempotent, result);
      return result;
    } catch (error) {
      if (!keepWritesOn.some((refusal) => error instanceof refusal)) throw error;
      if (idempotent) await releaseKey(tx, idempotent);
      return new RefusedAfterCommit(error as DomainError);
    }
  });
  if (outcome instanceof RefusedAfterCommit) throw outcome.error;
  return outcome;
}
