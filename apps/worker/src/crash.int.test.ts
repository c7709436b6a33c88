import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { freePort } from "@guitaronline/testbed/services";
import { aUserRow, testDatabaseForFile } from "@guitaronline/testbed/testing";
import { describe, expect, it, vi } from "vitest";
import { bookingConfirmedEvents } from "./testing/events.ts";
import { startSmtpSink } from "./testing/smtp-sink.ts";
import type { ParsedMail } from "mailparser";

const main = fileURLToPath(new URL("./main.ts", import.meta.url));
const EVENTS = 150;
const KILLS = 3;
/** The longest each wait below may take: per kill, the mail flowing then held; then the last run. */
const WAIT_MS = { flowing: 30_000, held: 10_000, lastRun: 90_000 };
/** The waits' sum, and room for starting each worker and checking the database between them. */
const TEST_TIMEOUT_MS = KILLS * (WAIT_MS.flowing + WAIT_MS.held) + WAIT_MS.lastRun + 60_000;

const database = testDatabaseForFile();

async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    env: { ...process.env, APP_ENV: "test", AUTH_SECRET: "w".repeat(40), WORKER_PORT: String(await freePort()), ...env },
    stdio: "ignore",
  });
  return child;
}

const processed = (aggregateType: string) => database.db.outboxEvent.count({ where: { aggregateType, status: "PROCESSED" } });

/** Waits for a condition, polling; `timeoutMs` stays within the test's own timeout. */
const until = (condition: () => boolean | Promise<boolean>, timeoutMs: number) =>
  vi.waitUntil(condition, { timeout: timeoutMs, interval: 25 });

async function someBookingEvents(count: number) {
  const teacher = await aUserRow(database.db, "TEACHER");
  const student = await aUserRow(database.db, "STUDENT");
  const tag = randomUUID();
  await database.db.outboxEvent.createMany({ data: bookingConfirmedEvents(count, { studentId: student.id, teacherId: teacher.id, aggregateType: tag }) });
  return tag;
}

describe("a worker stopped with SIGTERM", () => {
  it("finishes the batch in hand before it exits", async () => {
    const smtp = await startSmtpSink({ delayMs: 100 });
    try {
      const tag = await someBookingEvents(40);
      const worker = await startWorker({ DATABASE_URL: database.url, SMTP_URL: smtp.url, OUTBOX_BATCH_SIZE: "10" });
      await until(() => smtp.received.length >= 3, 30_000);
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
  it(`loses nothing and sends no e-mail twice (${KILLS} kills)`, { timeout: TEST_TIMEOUT_MS }, async () => {
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
        await until(() => smtp.received.length >= before + 7, WAIT_MS.flowing);
        // The mail server stops answering: the worker waits on an e-mail, inside a batch.
        smtp.pause();
        await until(() => smtp.held.length > 0, WAIT_MS.held);
        const inFlight = await notificationOf(smtp.held[0]!);
        const { lockedBy } = await database.db.outboxEvent.findUniqueOrThrow({ where: { id: inFlight.eventId } });
        const batchInHand = () => database.db.outboxEvent.findMany({ where: { lockedBy: lockedBy ?? "none", status: "PENDING" } });
        const claimed = await batchInHand();
        worker.kill("SIGKILL");
        await once(worker, "exit");
        smtp.held.length = 0;
        smtp.resume();

        // The kill landed mid-batch: the event being sent and others of its batch were claimed by
        // the worker and not processed, and stay so after it died, its e-mail not marked sent.
        expect(lockedBy).not.toBeNull();
        expect(claimed.map((event) => event.id)).toContain(inFlight.eventId);
        expect(claimed.length).toBeGreaterThan(1);
        expect((await batchInHand()).map((event) => event.id).sort()).toEqual(claimed.map((event) => event.id).sort());
        expect(inFlight.status).not.toBe("SENT");
      }
      expect(await processed(tag)).toBeLessThan(EVENTS);

      const last = await startWorker(env);
      await until(async () => (await processed(tag)) === EVENTS, WAIT_MS.lastRun);
      last.kill("SIGTERM");
      const [code] = await once(last, "exit");
      expect(code).toBe(0);

      // Nothing lost: every event processed, every notification made and sent.
      const ofThisTest = { event: { aggregateType: tag } };
      await expect(database.db.notification.count({ where: { ...ofThisTest, channel: "IN_APP", status: "SENT" } })).resolves.toBe(2 * EVENTS);
      await expect(database.db.notification.count({ where: { ...ofThisTest, channel: "EMAIL", status: "SENT" } })).resolves.toBe(2 * EVENTS);
      // Nothing sent twice: the mail server accepted each e-mail notification exactly once (the
      // e-mails held when the workers died were never accepted, and went again from the next one).
      const ours = new Set(
        (await database.db.notification.findMany({ where: { ...ofThisTest, channel: "EMAIL" }, select: { id: true } })).map(
          (notification) => `<${notification.id}@guitaronline>`,
        ),
      );
      const accepted = smtp.received.map((mail) => mail.messageId).filter((id) => id !== undefined && ours.has(id));
      expect(accepted).toHaveLength(2 * EVENTS);
      expect(new Set(accepted).size).toBe(2 * EVENTS);
    } finally {
      smtp.resume();
      await smtp.close();
    }
  });
});

/** The notification an e-mail was sent for (its Message-ID names it). */
async function notificationOf(mail: ParsedMail) {
  const id = mail.messageId?.match(/^<(.+)@guitaronline>$/)?.[1];
  return database.db.notification.findUniqueOrThrow({ where: { id } });
}
