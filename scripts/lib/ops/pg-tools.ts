// PostgreSQL's client programs for backup and restore: pg_dump refuses a server newer than itself,
// so the tools are chosen by the server's major version among those installed (PATH, PG_BIN_DIR,
// Debian's /usr/lib/postgresql/<major>/bin). Only Node.js built-ins here: the backup image runs
// these files with Node.js alone, next to PostgreSQL's own client programs.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type PgTool = "pg_dump" | "pg_restore" | "psql";

export interface Connection {
  /** The URL without its password, safe to pass on a command line. */
  url: string;
  /** The environment carrying the password (PGPASSWORD), for the child process. */
  env: NodeJS.ProcessEnv;
  database: string;
}

/** Splits the password out of a postgresql:// URL so it never shows in a process list. */
export function connection(databaseUrl: string): Connection {
  const url = new URL(databaseUrl);
  if (!["postgres:", "postgresql:"].includes(url.protocol)) throw new Error("the database URL must be postgresql://");
  const password = decodeURIComponent(url.password);
  url.password = "";
  const database = decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username) || "postgres";
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }, database };
}

/** The same server, another database. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

function candidates(tool: PgTool): string[] {
  const dirs = [process.env.PG_BIN_DIR, ...(process.env.PATH ?? "").split(delimiter)].filter((dir): dir is string => Boolean(dir));
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) dirs.push(...readdirSync(debian).map((major) => join(debian, major, "bin")));
  return [...new Set(dirs.map((dir) => join(dir, tool)))].filter((path) => existsSync(path));
}

async function majorOf(path: string): Promise<number | undefined> {
  try {
    const { stdout } = await run(path, ["--version"]);
    const major = /\(PostgreSQL\)\s+(\d+)/.exec(stdout)?.[1];
    return major ? Number(major) : undefined;
  } catch {
    return undefined;
  }
}

/** Thrown when no installed tool is as new as the server: the message says what to install. */
export class PgToolTooOld extends Error {}

/**
 * The installed `tool` closest to the server's major version and not older than it (a newer
 * pg_dump reads an older server; an older one refuses).
 */
export async function findPgTool(tool: PgTool, serverMajor: number): Promise<{ path: string; major: number }> {
  const found: { path: string; major: number }[] = [];
  for (const path of candidates(tool)) {
    const major = await majorOf(path);
    if (major !== undefined) found.push({ path, major });
  }
  const fit = found.filter((each) => each.major >= serverMajor).sort((a, b) => a.major - b.major)[0];
  if (fit) return fit;
  const seen = found.length > 0 ? found.map((each) => `${each.path} (${each.major})`).join(", ") : "none";
  throw new PgToolTooOld(
    `${tool} ${serverMajor} or newer is needed for this PostgreSQL ${serverMajor} server; found: ${seen}. ` +
      `Install the PostgreSQL ${serverMajor} client programs, or set PG_BIN_DIR to their directory.`,
  );
}

/** Runs one SQL statement through psql and returns its unaligned, tuples-only output. */
export async function psql(databaseUrl: string, sql: string): Promise<string> {
  const [path] = candidates("psql");
  if (!path) throw new Error("psql is not installed (PostgreSQL's client programs are needed)");
  const target = connection(databaseUrl);
  const { stdout } = await run(path, ["-XAtq", "-v", "ON_ERROR_STOP=1", "--dbname", target.url, "-c", sql], { env: target.env });
  return stdout.trim();
}

export async function serverMajorVersion(databaseUrl: string): Promise<number> {
  return Math.floor(Number(await psql(databaseUrl, "SHOW server_version_num")) / 10_000);
}

/** Runs a PostgreSQL client program; rejects with its error output when it fails. */
export async function runPgTool(path: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await run(path, args, { env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${path} failed${stderr ? `: ${stderr}` : ""}`, { cause: error });
  }
}
