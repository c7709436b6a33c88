// The driver adapter the WebAssembly schema engine migrates through: @prisma/adapter-pg with the
// corrections it needs for migrations.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

const PG_CHAR_OID = 18;

/**
 * adapter-pg refuses Postgres' internal one-byte `"char"` type, which the engine's introspection
 * reads (constraint kinds and the like) and expects back as a character: such columns are read as
 * text by pg and announced to the engine as characters.
 */
function readCharColumns(queryable) {
  const charColumnsOf = new WeakMap();
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = pg.types.builtins.TEXT;
      charColumns.push(index);
    });
    charColumnsOf.set(query, charColumns);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsOf.get(query) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  return queryable;
}

function patchAdapter(adapter) {
  readCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    readCharColumns(await startTransaction(isolationLevel));
  // adapter-pg splits scripts on every ";", which breaks function bodies and string literals;
  // Postgres runs a multi-statement script sent as one simple query atomically.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/**
 * Connection settings as separate fields: adapter-pg's shadow database overrides only `database`,
 * which `pg` ignores next to a connectionString (the "shadow" would be the real database).
 */
export function pgConfigFromUrl(url) {
  if (!url) throw new Error("No database URL was given to the schema engine.");
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(parsed.hostname) || parsed.searchParams.get("host") || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres",
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
  };
}

export async function withMaintenanceConnection(url, database, work) {
  const client = new pg.Client({ ...pgConfigFromUrl(url), database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function connectAdapter(config) {
  return patchAdapter(await new PrismaPg(config).connect());
}

export function createPgAdapterFactory({ url, shadowDatabaseUrl }) {
  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(pgConfigFromUrl(url)),
    connectToShadowDb: shadowDatabaseUrl
      ? () => connectAdapter(pgConfigFromUrl(shadowDatabaseUrl))
      : () => connectToThrowawayShadowDb(pgConfigFromUrl(url)),
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

const openShadowDatabases = new Set();

/**
 * Drops the shadow databases the engine has not let go of: it disposes of them after
 * `migrate dev`, but not after `migrate diff`, and the process may end first.
 */
export async function dropShadowDatabases() {
  await Promise.allSettled([...openShadowDatabases].map((shadow) => shadow.dispose()));
}

/** A temporary shadow database beside the real one, dropped when the engine lets go of it. */
async function connectToThrowawayShadowDb(config) {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  const maintenance = new pg.Client({ ...config, database: "postgres" });
  await maintenance.connect();
  await maintenance.query(`CREATE DATABASE "${name}"`);
  const shadow = await connectAdapter({ ...config, database: name });
  const disposeShadowPool = shadow.dispose.bind(shadow);
  let dropped;
  // The pool must be closed before the drop, or the drop fails and shadows pile up.
  shadow.dispose = () =>
    (dropped ??= (async () => {
      openShadowDatabases.delete(shadow);
      await disposeShadowPool();
      try {
        await maintenance.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await maintenance.end();
      }
    })());
  openShadowDatabases.add(shadow);
  return shadow;
}
