// `pnpm ops restore`: a custom-format backup into a database, in one transaction, so a failed
// restore leaves the target as it was. Node.js built-ins only (see pg-tools.ts).
import { existsSync } from "node:fs";
import { connection, findPgTool, psql, runPgTool, serverMajorVersion, withDatabase } from "./pg-tools.ts";

export interface RestoreOptions {
  file: string;
  databaseUrl: string;
  /** Create the target database first (it must not exist). */
  create: boolean;
  /** Drop the target's objects that the backup holds before restoring them. */
  clean: boolean;
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function restoreDatabase({ file, databaseUrl, create, clean }: RestoreOptions): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  const target = connection(databaseUrl);
  if (create) await psql(withDatabase(databaseUrl, "postgres"), `CREATE DATABASE ${quoteIdentifier(target.database)}`);

  const tables = Number(await psql(databaseUrl, "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"));
  if (tables > 0 && !clean) {
    throw new Error(
      `database "${target.database}" already has ${tables} tables: restore into a new database (--create), or pass --clean to replace what the backup holds`,
    );
  }
  const pgRestore = await findPgTool("pg_restore", await serverMajorVersion(databaseUrl));
  await runPgTool(
    pgRestore.path,
    ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", ...(clean ? ["--clean", "--if-exists"] : []), `--dbname=${target.url}`, file],
    target.env,
  );
}
