import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inTransaction, isRetryableConflict } from "@guitaronline/db";
import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.$executeRawUnsafe("CREATE TABLE counters (id int PRIMARY KEY, value int NOT NULL)");
  await database.db.$executeRawUnsafe("INSERT INTO counters VALUES (1, 0)");
});
afterAll(() => database.drop());

// Read-then-write under SERIALIZABLE: concurrent runs abort with 40001 unless retried.
const increment = (maxAttempts: number) =>
  inTransaction(
    database.db,
    async (tx) => {
      const [row] = await tx.$queryRaw<{ value: number }[]>`SELECT value FROM counters WHERE id = 1`;
      await new Promise((resolve) => setTimeout(resolve, 20));
      await tx.$executeRaw`UPDATE counters SET value = ${row!.value + 1} WHERE id = 1`;
    },
    { isolationLevel: "Serializable", maxAttempts },
  );

describe("inTransaction", () => {
  it("recognises a serialization failure, and without retries lets it through", async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 4 }, () => increment(1)));
    const failures = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expect(isRetryableConflict((failure as PromiseRejectedResult).reason)).toBe(true);
  });

  it("retries serialization failures until every increment lands", async () => {
    const counter = async () => (await database.db.$queryRaw<{ value: number }[]>`SELECT value FROM counters WHERE id = 1`)[0]!.value;
    const before = await counter();
    await Promise.all(Array.from({ length: 4 }, () => increment(20)));
    expect((await counter()) - before).toBe(4);
  });
});
