import "server-only";
import { getConfig } from "@guitaronline/config";
import { createDb, sharedDb, type Db } from "@guitaronline/db";

/** The web process's database client, created on first use. */
export function getDb() {
  const config = getConfig();
  return sharedDb({ databaseUrl: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
}

const READ_REPLICA = Symbol.for("guitaronline.db.read");

/** The read replica's client when DATABASE_READ_URL is set, created on first use; else undefined. */
export function getReadDb(): Db | undefined {
  const config = getConfig();
  if (!config.DATABASE_READ_URL) return undefined;
  const holder = globalThis as typeof globalThis & { [READ_REPLICA]?: Db };
  holder[READ_REPLICA] ??= createDb({ databaseUrl: config.DATABASE_READ_URL, poolSize: config.DATABASE_POOL_SIZE });
  return holder[READ_REPLICA];
}
