// `pnpm ops backup`: one pg_dump in custom format, checked to be a readable archive, then the
// oldest backups beyond the retention removed. Node.js built-ins only (see pg-tools.ts).
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { connection, findPgTool, runPgTool, serverMajorVersion } from "./pg-tools.ts";

export interface BackupOptions {
  databaseUrl: string;
  dir: string;
  /** How many backups of this database to keep, newest first. */
  keep: number;
}

export interface Backup {
  file: string;
  bytes: number;
  removed: string[];
}

/** Written after each good backup: the scheduled service's health check reads its age. */
export const LAST_SUCCESS_FILE = ".last-success";

const stamp = (at: Date) => at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");

function backupsOf(database: string, names: string[]): string[] {
  const pattern = new RegExp(`^${database.replace(/[^a-zA-Z0-9_]/g, "\\$&")}-\\d{8}T\\d{6}Z\\.dump$`);
  // The timestamp sorts as text: newest first.
  return names.filter((name) => pattern.test(name)).sort().reverse();
}

export async function backupDatabase({ databaseUrl, dir, keep }: BackupOptions): Promise<Backup> {
  if (!Number.isInteger(keep) || keep < 1) throw new Error("the retention (BACKUP_KEEP, --keep) must be a whole number of at least 1");
  const source = connection(databaseUrl);
  const pgDump = await findPgTool("pg_dump", await serverMajorVersion(databaseUrl));
  const pgRestore = await findPgTool("pg_restore", pgDump.major);
  await mkdir(dir, { recursive: true });

  const file = join(dir, `${source.database}-${stamp(new Date())}.dump`);
  const partial = `${file}.partial`;
  try {
    await runPgTool(pgDump.path, ["--format=custom", "--compress=6", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${source.url}`], source.env);
    // A truncated or corrupt archive fails here, not on the day of the restore.
    await runPgTool(pgRestore.path, ["--list", partial], source.env);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }

  const removed = backupsOf(source.database, await readdir(dir)).slice(keep);
  for (const name of removed) await rm(join(dir, name));
  await writeFile(join(dir, LAST_SUCCESS_FILE), `${new Date().toISOString()} ${file}\n`);
  return { file, bytes: (await stat(file)).size, removed };
}

/** The backups of `database` in `dir`, newest first. */
export async function listBackups(dir: string, database: string): Promise<string[]> {
  return backupsOf(database, await readdir(dir).catch(() => [])).map((name) => join(dir, name));
}
