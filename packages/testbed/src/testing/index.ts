import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { createDb, type Db } from "@guitaronline/db";
import { createDatabase, dropDatabase } from "../services/index.ts";
import { testDatabasePrefix } from "./names.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
    testRunId: string;
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  db: Db;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own (a clone of the run's template), for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("databaseServerUrl");
  const name = `${testDatabasePrefix(inject("testRunId"))}${randomBytes(4).toString("hex")}`;
  const url = await createDatabase(serverUrl, name, inject("templateDatabase"));
  const db = createDb({ databaseUrl: url, poolSize: 20 });
  return {
    url,
    name,
    db,
    async drop() {
      await db.$disconnect();
      await dropDatabase(serverUrl, name);
    },
  };
}

/**
 * The test file's own database: made before its tests and dropped after them. Its fields are
 * there in tests and hooks (not while the file is being loaded).
 */
export function testDatabaseForFile(): TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());
  const made = () => {
    if (!database) throw new Error("The file's test database is made in beforeAll: use it in tests and hooks.");
    return database;
  };
  return {
    get url() {
      return made().url;
    },
    get name() {
      return made().name;
    },
    get db() {
      return made().db;
    },
    drop: () => made().drop(),
  };
}

export function testServerUrl(): string {
  return inject("databaseServerUrl");
}


export { aBooking, aLesson, anOutboxEvent, aPackage, aPayment, aSlot, aUserRow, lessonsLeft, TEST_PASSWORD } from "./factories.ts";
