#!/usr/bin/env node
// A drop-in for Prisma's native schema-engine binary, so that migrations never download one.
// The stock Prisma CLI runs whatever PRISMA_SCHEMA_ENGINE_BINARY names (set in prisma.config.ts)
// and speaks JSON-RPC to it over stdio; this program forwards each call to the WebAssembly build of
// the same engine (@prisma/schema-engine-wasm), connected to PostgreSQL through @prisma/adapter-pg.
// The protocol is internal to Prisma: the versions are pinned, and migrations.int.test.ts fails CI
// if an upgrade breaks it.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import {
  createPgAdapterFactory,
  dropShadowDatabases,
  pgConfigFromUrl,
  withMaintenanceConnection,
} from "./pg-adapter.mjs";

const WASM_METHOD_FOR = { getDatabaseVersion: "version" };
const RPC_ERROR_CODE = 4466;

const { values: flags, positionals } = parseArgs({
  options: {
    datamodels: { type: "string", multiple: true, default: [] },
    datasource: { type: "string" },
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
  },
  allowPositionals: true,
});
const datasource = flags.datasource ? JSON.parse(flags.datasource) : {};

if (positionals[0] === "cli") {
  process.exitCode = await runCliCommand(positionals[1], datasource.url);
} else {
  await serveJsonRpc();
}

/** `schema-engine cli <command>`: answered by exit code and JSON log lines on stderr. */
async function runCliCommand(command, url) {
  // The CLI skips the first stderr line of a cli command.
  process.stderr.write(logLine("INFO", "schema-engine (wasm bridge) cli " + command) + "\n");
  try {
    const target = pgConfigFromUrl(url);
    if (command === "can-connect-to-database") {
      await withMaintenanceConnection(url, target.database, () => undefined);
    } else if (command === "create-database") {
      await withMaintenanceConnection(url, "postgres", (client) =>
        client.query(`CREATE DATABASE ${quoteIdent(target.database)}`),
      );
    } else if (command === "drop-database") {
      await withMaintenanceConnection(url, "postgres", (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(target.database)} WITH (FORCE)`),
      );
    } else {
      throw Object.assign(new Error(`Unknown cli command: ${command}`), { errorCode: undefined });
    }
    return 0;
  } catch (error) {
    process.stderr.write(logLine("ERROR", error.message, prismaErrorCode(error)) + "\n");
    return 1;
  }
}

async function serveJsonRpc() {
  const engine = await startWasmEngine();
  const pendingPrints = new Map();
  let nextPrintId = 1_000_000;
  const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
  const printThroughCli = (content) =>
    new Promise((resolve) => {
      const id = nextPrintId++;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  // Requests are answered in order: the engine is not meant to run two migrations at once.
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined) {
      pendingPrints.get(message.id)?.(message.result);
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(() => answer(message));
  });
  const shutDown = async () => {
    await queue;
    await dropShadowDatabases();
    process.exit(0);
  };
  lines.on("close", shutDown);
  process.once("SIGTERM", shutDown);

  async function answer({ id, method, params }) {
    try {
      send({ jsonrpc: "2.0", id, result: await call(method, params ?? {}) });
    } catch (error) {
      send({ jsonrpc: "2.0", id, error: toRpcError(error) });
    }
  }

  async function call(method, params) {
    if (method === "createMigration") {
      // The engine only gets a shadow database after a diagnosis that opts into one.
      await engine.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters,
      });
    }
    const wasmMethod = WASM_METHOD_FOR[method] ?? method;
    if (typeof engine[wasmMethod] !== "function") throw new Error(`Unsupported method: ${method}`);
    const result = await engine[wasmMethod](params);
    if (method === "diff") {
      if (result.stdout) await printThroughCli(result.stdout);
      return { exitCode: result.exitCode };
    }
    return result ?? {};
  }
}

async function startWasmEngine() {
  // A Rust panic reaches us as a WebAssembly trap; the engine records its message here first.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message) => process.stderr.write(logLine("ERROR", message) + "\n"),
  };
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const gluePath = fileURLToPath(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const wasmBytes = await readFile(gluePath.replace(/schema_engine_bg\.js$/, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();

  // Commands such as `migrate diff` start the engine with no schema; the WASM build needs one to
  // pick its connector, and every schema it is then asked about arrives in the request itself.
  const datamodels = flags.datamodels.length
    ? await Promise.all(flags.datamodels.map(async (path) => [path, await readFile(path, "utf8")]))
    : [["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']];
  const log = (line) => process.stderr.write(line + "\n");
  const adapterFactory = createPgAdapterFactory(datasource);
  return glue.SchemaEngine.new({ datamodels }, log, adapterFactory);
}

function toRpcError(error) {
  const message = error?.message ?? String(error);
  return {
    code: RPC_ERROR_CODE,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: error instanceof WebAssembly.RuntimeError,
      message,
      meta: error?.meta ?? null,
      error_code: error?.code ?? prismaErrorCode(error) ?? null,
    },
  };
}

/** Maps PostgreSQL connection failures to the Prisma error codes the CLI understands. */
function prismaErrorCode(error) {
  if (error?.code === "3D000") return "P1003"; // database does not exist
  if (error?.code === "42P04") return "P1009"; // database already exists
  if (["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT"].includes(error?.code)) return "P1001";
  if (error?.code === "28P01" || error?.code === "28000") return "P1000";
  return undefined;
}

function logLine(level, message, errorCode) {
  return JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields: errorCode ? { message, error_code: errorCode } : { message },
    target: "schema_engine::logger",
  });
}

function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}
