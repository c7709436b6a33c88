import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { freePort } from "@guitaronline/db/services";
import { aUserRow, createTestDatabase, type TestDatabase } from "@guitaronline/db/testing";
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

const processed = () => database.db.outboxEvent.count({ where: { status: "PROCESSED" } });

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("a worker killed with SIGKILL mid-batch", () => {
  it(`loses nothing and duplicates no notification (${KILLS} kills)`, async () => {
    const smtp = await startSmtpSink();
    try {
      const teacher = await aUserRow(database.db, "TEACHER");
      const student = await aUserRow(database.db, "STUDENT");
      await database.db.outboxEvent.createMany({
        data: Array.from({ length: EVENTS }, () => {
          const startsAt = new Date(Date.now() + 86_400_000);
          return {
            type: "booking.confirmed",
            aggregateType: "booking",
            aggregateId: randomUUID(),
            payload: {
              bookingId: randomUUID(),
              studentId: student.id,
              teacherId: teacher.id,
              startsAt: startsAt.toISOString(),
              endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
            },
          };
        }),
      });
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
      expect(await processed()).toBeLessThan(EVENTS);

      const last = await startWorker(env);
      await until(async () => (await processed()) === EVENTS, 90_000, "every event to be processed");
      last.kill("SIGTERM");
      const [code] = await once(last, "exit");
      expect(code).toBe(0);

      // Nothing lost: every event processed, every notification made and sent.
      await expect(database.db.notification.count({ where: { channel: "IN_APP", status: "SENT" } })).resolves.toBe(2 * EVENTS);
      await expect(database.db.notification.count({ where: { channel: "EMAIL", status: "SENT" } })).resolves.toBe(2 * EVENTS);
      const messageIds = smtp.received.map((mail) => mail.messageId);
      expect(new Set(messageIds).size).toBe(2 * EVENTS);
      // Nothing sent twice, but for the one message each kill may have cut between the SMTP
      // server's acceptance and the worker marking it sent (same Message-ID, so it is recognisable).
      expect(messageIds.length - 2 * EVENTS).toBeLessThanOrEqual(KILLS);
    } finally {
      await smtp.close();
    }
  });
});
