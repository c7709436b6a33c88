import "server-only";
import { getConfig } from "@guitaronline/config";
import { sharedDb } from "@guitaronline/db";

/** The web process's database client, created on first use. */
export function getDb() {
  const config = getConfig();
  return sharedDb({ databaseUrl: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
}
