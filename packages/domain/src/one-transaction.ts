import { inTransaction, type Tx } from "@guitaronline/db";
import type { DomainDeps } from "./deps.ts";
import type { DomainError } from "./errors.ts";

type RefusalClass = abstract new (...args: never[]) => DomainError;

class RefusedAfterCommit {
  constructor(readonly error: DomainError) {}
}

/**
 * Runs a use-case in its one transaction. A refusal of a class in `keepWritesOn` still commits
 * what the transaction wrote on the way to it (an overdue package or a lapsed hold it found and
 * marked expired), then is thrown; any other error rolls everything back.
 */
export async function inOneTransaction<T>(
  deps: Pick<DomainDeps, "db">,
  work: (tx: Tx) => Promise<T>,
  { keepWritesOn = [] }: { keepWritesOn?: RefusalClass[] } = {},
): Promise<T> {
  const outcome = await inTransaction(deps.db, async (tx) => {
    try {
      return await work(tx);
    } catch (error) {
      if (keepWritesOn.some((refusal) => error instanceof refusal)) return new RefusedAfterCommit(error as DomainError);
      throw error;
    }
  });
  if (outcome instanceof RefusedAfterCommit) throw outcome.error;
  return outcome;
}
