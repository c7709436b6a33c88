import { aPackage, aPayment, aUserRow, testDatabaseForFile } from "@guitaronline/testbed/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The counters the admin read models read instead of the tables (status_counts, and each
// package's succeeded_payments; both kept by triggers) against a real count of the rows, after
// every kind of change: one row and many at once, from several connections at the same time,
// deletes, TRUNCATE, and the fold that merges the connections' rows.

const database = testDatabaseForFile();
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(() => client.end());

type Tally = Record<string, { count: number; amountMinor: number }>;

async function tally(sql: string): Promise<Tally> {
  const { rows } = await client.query<{ key: string; count: string; amount_minor: string }>(sql);
  return Object.fromEntries(rows.map((row) => [row.key, { count: Number(row.count), amountMinor: Number(row.amount_minor) }]));
}

const counters = () =>
  tally(`SELECT entity || ':' || status AS key, sum(count) AS count, sum(amount_minor) AS amount_minor
         FROM status_counts GROUP BY 1 HAVING sum(count) <> 0 OR sum(amount_minor) <> 0`);

const counted = () =>
  tally(`SELECT 'users:' || role AS key, count(*) AS count, 0 AS amount_minor FROM users GROUP BY role
         UNION ALL SELECT 'lesson_packages:' || status, count(*), 0 FROM lesson_packages GROUP BY status
         UNION ALL SELECT 'payments:' || status, count(*), sum(amount_minor) FROM payments GROUP BY status`);

/** Each package's succeeded_payments next to its real count of SUCCEEDED payments. */
async function paidCounts() {
  const { rows } = await client.query<{ kept: number; counted: number }>(
    `SELECT package.succeeded_payments AS kept,
            (SELECT count(*)::int FROM payments WHERE package_id = package.id AND status = 'SUCCEEDED') AS counted
     FROM lesson_packages AS package`,
  );
  return { kept: rows.map((row) => row.kept), counted: rows.map((row) => row.counted) };
}

async function expectCountersExact() {
  expect(await counters()).toEqual(await counted());
  const paid = await paidCounts();
  expect(paid.kept).toEqual(paid.counted);
}

describe("status counters", () => {
  it("follow single-row and many-row inserts, updates and deletes exactly", async () => {
    const student = await aUserRow(database.db, "STUDENT");
    await aUserRow(database.db, "TEACHER");
    const pkg = await aPackage(database.db, student.id);
    await aPayment(database.db, pkg.id, { status: "SUCCEEDED", amountMinor: 12_345 });
    await aPayment(database.db, pkg.id, { amountMinor: 500 });
    await expectCountersExact();
    expect((await counters())["payments:SUCCEEDED"]).toEqual({ count: 1, amountMinor: 12_345 });
    expect((await paidCounts()).kept).toEqual([1]);

    // A thousand rows in one statement, then a status change of half of them in another.
    await client.query(
      `INSERT INTO payments (id, package_id, amount_minor, currency, status, idempotency_key, updated_at)
       SELECT gen_random_uuid(), $1, n, 'EUR', 'PENDING', 'bulk-' || n, now() FROM generate_series(1, 1000) AS n`,
      [pkg.id],
    );
    await client.query(`UPDATE payments SET status = 'SUCCEEDED', paid_at = now() WHERE idempotency_key LIKE 'bulk-%' AND amount_minor % 2 = 0`);
    // An update that changes no status changes no counter.
    await client.query(`UPDATE payments SET updated_at = now()`);
    await client.query(`UPDATE users SET role = 'ADMIN' WHERE id = $1`, [student.id]);
    await expectCountersExact();
    expect((await paidCounts()).kept).toEqual([501]);

    await client.query(`UPDATE payments SET status = 'REFUNDED' WHERE idempotency_key LIKE 'bulk-%' AND amount_minor % 4 = 0`);
    await client.query(`DELETE FROM payments WHERE idempotency_key LIKE 'bulk-%' AND amount_minor > 900`);
    await expectCountersExact();
  });

  it("stay exact under concurrent writers on separate connections, and through the fold", async () => {
    const student = await aUserRow(database.db, "STUDENT");
    const pkg = await aPackage(database.db, student.id);
    const writers = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const writer = new pg.Client({ connectionString: database.url });
        await writer.connect();
        return writer;
      }),
    );
    try {
      await Promise.all(
        writers.map(async (writer, index) => {
          for (let step = 0; step < 20; step++) {
            await writer.query("BEGIN");
            const { rows } = await writer.query<{ id: string }>(
              `INSERT INTO payments (id, package_id, amount_minor, currency, status, idempotency_key, updated_at)
               VALUES (gen_random_uuid(), $1, 100, 'EUR', 'PENDING', $2, now()) RETURNING id`,
              [pkg.id, `concurrent-${index}-${step}`],
            );
            await writer.query(`UPDATE payments SET status = $2, paid_at = now() WHERE id = $1`, [rows[0]!.id, step % 2 ? "SUCCEEDED" : "FAILED"]);
            await writer.query(step % 5 === 0 ? "ROLLBACK" : "COMMIT");
          }
        }),
      );
      // The fold runs while a writer holds its counter rows: it skips them and waits for nothing.
      await writers[0]!.query("BEGIN");
      await writers[0]!.query(`UPDATE payments SET status = 'REFUNDED' WHERE idempotency_key = 'concurrent-0-1'`);
      await client.query("SET lock_timeout = '2s'");
      await client.query("SELECT fold_status_counts()");
      await writers[0]!.query("COMMIT");
      await client.query("SELECT fold_status_counts()");
    } finally {
      await Promise.all(writers.map((writer) => writer.end()));
    }
    await expectCountersExact();
    const { rows } = await client.query<{ shards: string }>(`SELECT count(DISTINCT shard) AS shards FROM status_counts WHERE entity = 'payments'`);
    expect(Number(rows[0]!.shards)).toBe(1);
  });

  it("are emptied by TRUNCATE", async () => {
    await client.query("TRUNCATE payments");
    await expectCountersExact();
    expect((await counters())["payments:SUCCEEDED"]).toBeUndefined();
  });
});
