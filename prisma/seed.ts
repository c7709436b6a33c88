// `pnpm db:seed` (also run by `prisma db seed` and by the quick start): the demo school.
import { getConfig } from "@guitaronline/config";
import { createDb } from "@guitaronline/db";
import { createLogger } from "@guitaronline/observability";
import { seedDemoData } from "./seed/demo-data.ts";

const log = createLogger({ app: "seed" });
const config = getConfig();
const db = createDb({ databaseUrl: config.DATABASE_URL, poolSize: 2 });
try {
  await seedDemoData(db, { appEnv: config.APP_ENV });
  log.info("demo data seeded");
} catch (error) {
  log.error("seeding failed", { error });
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
