import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseUrl } from "./databases.ts";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

export interface PostgresForRun {
  /** URL of the server's maintenance database; see `databaseUrl` for others. */
  serverUrl: string;
  /** Whether the run started this server itself (an embedded one, which `stop` stops). */
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server a run (tests, a benchmark) works on: the server `givenUrl` points at, or,
 * when there is none, a throwaway embedded one started now (`onEmbeddedStart` is told first: it
 * takes a few seconds).
 */
export async function givenOrEmbeddedPostgres(
  givenUrl: string | undefined,
  { onEmbeddedStart }: { onEmbeddedStart?: () => void } = {},
): Promise<PostgresForRun> {
  if (givenUrl) return { serverUrl: databaseUrl(givenUrl, "postgres"), embedded: false, stop: async () => undefined };
  onEmbeddedStart?.();
  const server = await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), "go-pg-")), throwaway: true });
  return { serverUrl: server.serverUrl, embedded: true, stop: () => server.stop() };
}
