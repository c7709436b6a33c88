import { beforeAll, describe, expect, it } from "vitest";
import { inTransaction, isRetryableConflict } from "@guitaronline/db";
import { testDatabaseForFile } from "@guitaronline/testbed/testing";

const database = testDatabaseForFile();
beforeAll(async () => {
  await database.db.$executeRawUnsafe("CREATE TABLE counters (id int PRIMARY KEY, value int NOT NULL)");
  await database.db.$executeRawUnsafe("INSERT INTO counters VALUES (1, 0)");
});

/**
 * Lets `parties` callers through together: each waits until all have arrived. Once open it stays
 * open, so a retried attempt passes straight through.
 */
function aBarrier(parties: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    if (++arrived >= parties) open();
    return opened;
  };
}

// Read-then-write under SERIALIZABLE: every transaction reads before any writes, so all but one
// abort with 40001 unless retried.
const increments = (count: number, maxAttempts: number) => {
  const allHaveRead = aBarrier(count);
  return Array.from({ length: count }, () =>
    inTransaction(
      database.db,
      async (tx) => {
        const [row] = await tx.$queryRaw<{ value: number }[]>`SELECT value FROM counters WHERE id = 1`;
        await allHaveRead();
        await tx.$executeRaw`UPDATE counters SET value = ${row!.value + 1} WHERE id = 1`;
      },
      { isolationLevel: "Serializable", maxAttempts },
    ),
  );
};

describe("inTransaction", () => {
  it("recognises a serialization failure, and without retries lets it through", async () => {
    const outcomes = await Promise.allSettled(increments(4, 1));
    const failures = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(failures).toHaveLength(3);
    for (const failure of failures) expect(isRetryableConflict((failure as PromiseRejectedResult).reason)).toBe(true);
  });

  it("retries serialization failures until every increment lands", async () => {
    const counter = async () => (await database.db.$queryRaw<{ value: number }[]>`SELECT value FROM counters WHERE id = 1`)[0]!.value;
    const before = await counter();
    await Promise.all(increments(4, 20));
    expect((await counter()) - before).toBe(4);
  });
});
