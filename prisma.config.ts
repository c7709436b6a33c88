import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Every migrate/db command runs Prisma's WebAssembly schema engine through this bridge
// (packages/db/bin/schema-engine.mjs), so no native engine is ever downloaded: migrations work
// on hosts without internet access.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./packages/db/bin/schema-engine.mjs", import.meta.url),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  // Not env("DATABASE_URL"): that throws when unset, and `prisma generate` needs no database.
  datasource: {
    url: process.env.DATABASE_URL ?? "",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
