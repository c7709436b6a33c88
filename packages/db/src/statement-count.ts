import type { Pool, PoolClient } from "pg";

let statements = 0;

/** Statements this process has sent to PostgreSQL through its pools, BEGIN and COMMIT included. */
export const statementsRun = (): number => statements;

/**
 * Counts every statement the pool's connections run. Prisma's adapter sends each one, its
 * transaction control too, through a pooled client's `query`, so one increment there sees them all.
 */
export function countStatements(pool: Pool): Pool {
  pool.on("connect", (client: PoolClient) => {
    // The class's query is looked up on each call, so whatever wraps it later (a probe) still sees it.
    const own = Object.getPrototypeOf(client) as { query: (...args: unknown[]) => unknown };
    client.query = ((...args: unknown[]) => {
      statements++;
      return own.query.apply(client, args);
    }) as PoolClient["query"];
  });
  return pool;
}
