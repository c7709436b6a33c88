import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { freePort } from "@guitaronline/testbed/services";
import { aUserRow, createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "./testing/smtp-sink.ts";

const main = fileURLToPath(new URL("./main.ts", import.meta.url));
const EVENTS = 150;
const KILLS = 3;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    env: { ...process.env, APP_ENV: "test", AUTH_SECRET: "w".repeat(40), WORKER_PORT: String(await freePort()), ...env },
    stdio: "ignore",
  });
  return child;
}

const processed = (aggregateType: string) => database.db.outboxEvent.count({ where: { aggregateType, status: "PROCESSED" } });

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function someBookingEvents(count: number) {
  const teacher = await aUserRow(database.db, "TEACHER");
  const student = await aUserRow(database.db, "STUDENT");
  const tag = randomUUID();
  await database.db.outboxEvent.createMany({
    data: Array.from({ length: count }, () => {
      const startsAt = new Date(Date.now() + 86_400_000);
      return {
        type: "booking.confirmed",
        aggregateType: tag,
        aggregateId: randomUUID(),
        payload: {
          bookingId: randomUUID(),
          lessonId: randomUUID(),
          studentId: student.id,
          teacherId: teacher.id,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        },
      };
    }),
  });
  return tag;
}

describe("a worker stopped with SIGTERM", () => {
  it("finishes the batch in hand before it exits", async () => {
    const smtp = await startSmtpSink({ delayMs: 100 });
    try {
      const tag = await someBookingEvents(40);
      const worker = await startWorker({ DATABASE_URL: database.url, SMTP_URL: smtp.url, OUTBOX_BATCH_SIZE: "10" });
      await until(async () => smtp.received.length >= 3, 30_000, "the first e-mails");
      worker.kill("SIGTERM");
      const [code] = await once(worker, "exit");
      expect(code).toBe(0);
      const events = await database.db.outboxEvent.findMany({ where: { aggregateType: tag } });
      // No claim is left behind: every event is either delivered or untouched for the next worker.
      expect(events.filter((event) => event.lockedBy !== null)).toEqual([]);
      const processedCount = events.filter((event) => event.status === "PROCESSED").length;
      expect(processedCount % 10).toBe(0);
      expect(processedCount).toBeGreaterThan(0);
      expect(smtp.received.length).toBe(processedCount * 2);
    } finally {
      await smtp.close();
    }
  });
});

describe("a worker killed with SIGKILL mid-batch", () => {
  it(`loses nothing and duplicates no notification (${KILLS} kills)`, async () => {
    const smtp = await startSmtpSink();
    try {
      const tag = await someBookingEvents(EVENTS);
      const env = {
        DATABASE_URL: database.url,
        SMTP_URL: smtp.url,
        OUTBOX_BATCH_SIZE: "25",
        OUTBOX_LEASE_SECONDS: "2",
        OUTBOX_POLL_INTERVAL_MS: "100",
      };
      for (let kill = 0; kill < KILLS; kill++) {
        const before = smtp.received.length;
        const worker = await startWorker(env);
        // Kill it while it is sending: some of a batch's e-mails are out, the batch is not done.
        await until(async () => smtp.received.length >= before + 7, 30_000, "the worker to send");
        worker.kill("SIGKILL");
        await once(worker, "exit");
      }
      expect(await processed(tag)).toBeLessThan(EVENTS);

      const last = await startWorker(env);
      await until(async () => (await processed(tag)) === EVENTS, 90_000, "every event to be processed");
      last.kill("SIGTERM");
      const [code] = await once(last, "exit");
      expect(code).toBe(0);

      // Nothing lost: every event processed, every notification made and sent.
      const ofThisTest = { event: { aggregateType: tag } };
      await expect(database.db.notification.count({ where: { ...ofThisTest, channel: "IN_APP", status: "SENT" } })).resolves.toBe(2 * EVENTS);
      await expect(database.db.notification.count({ where: { ...ofThisTest, channel: "EMAIL", status: "SENT" } })).resolves.toBe(2 * EVENTS);
      // Only this test's messages: events the SIGTERM test left pending are delivered here too.
      const ours = new Set(
        (await database.db.notification.findMany({ where: { ...ofThisTest, channel: "EMAIL" }, select: { id: true } })).map(
          (notification) => `<${notification.id}@guitaronline>`,
        ),
      );
      const messageIds = smtp.received.map((mail) => mail.messageId).filter((id) => id !== undefined && ours.has(id));
      expect(new Set(messageIds).size).toBe(2 * EVENTS);
      // Nothing sent twice, but for the one message each kill may have cut between the SMTP
      // server's acceptance and the worker marking it sent (same Message-ID, so it is recognisable).
      expect(messageIds.length - 2 * EVENTS).toBeLessThanOrEqual(KILLS);
    } finally {
      await smtp.close();
    }
  });
});
