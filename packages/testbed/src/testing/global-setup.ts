import type { TestProject } from "vitest/node";
import { createDatabase, databaseUrl, dropDatabasesStartingWith, givenOrEmbeddedPostgres, migrateDeploy } from "../services/index.ts";
import { testDatabasePrefix } from "./names.ts";

/**
 * Integration tests get a PostgreSQL server (TEST_DATABASE_SERVER_URL or DATABASE_URL, else an
 * embedded one), and a template database migrated once per run that each test file clones.
 * Everything the run created is dropped at the end.
 */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const postgres = await givenOrEmbeddedPostgres(process.env.TEST_DATABASE_SERVER_URL ?? process.env.DATABASE_URL);
  const { serverUrl } = postgres;
  const prefix = testDatabasePrefix(runId);
  const template = `${prefix}template`;

  await createDatabase(serverUrl, template);
  await migrateDeploy(databaseUrl(serverUrl, template));

  project.provide("databaseServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  project.provide("testRunId", runId);

  return async () => {
    await dropDatabasesStartingWith(serverUrl, prefix);
    await postgres.stop();
  };
}
