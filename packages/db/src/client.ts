import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { oneQueryAtATimeInTransactions } from "./one-query-at-a-time.ts";
import { countStatements } from "./statement-count.ts";

export type Db = PrismaClient;

export interface DbOptions {
  databaseUrl: string;
  poolSize?: number;
}

/** A Prisma client on the node-postgres driver adapter (no query engine binary). */
export function createDb({ databaseUrl, poolSize = 10 }: DbOptions): Db {
  const pool = countStatements(new pg.Pool({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 5_000 }));
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter: oneQueryAtATimeInTransactions(adapter) });
}

const SHARED = Symbol.for("guitaronline.db");
type SharedDb = { client: Db; generatedClass: typeof PrismaClient };

/**
 * One client per process. Keyed on the generated class too, so `next dev` picks up a client
 * regenerated after a schema change instead of serving the old one from globalThis.
 */
export function sharedDb(options: DbOptions): Db {
  const holder = globalThis as typeof globalThis & { [SHARED]?: SharedDb };
  const shared = holder[SHARED];
  if (shared && shared.generatedClass === PrismaClient) return shared.client;
  const client = createDb(options);
  holder[SHARED] = { client, generatedClass: PrismaClient };
  return client;
}
