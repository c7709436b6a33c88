import { randomBytes } from "node:crypto";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  freePort,
  migrateDeploy,
  startMailCounter,
  startProductProcess,
  type MailCounter,
  type ProductProcess,
} from "@guitaronline/testbed/services";
import pg from "pg";
import { percentile } from "../measure.ts";
import type { BenchContext, Measurement, Scenario } from "../stack/scenario.ts";
import { addRecipients, insertEvents, insertOneEvent, notificationsDue } from "./outbox-load.ts";

const SCENARIO = "outbox";
const SIZES = { full: { drained: 50_000, steadySeconds: 20 }, smoke: { drained: 500, steadySeconds: 2 } };
const STEADY_EVENTS_PER_SECOND = 50;
const TARGETS = { oneWorker: 1_000, twoWorkers: 1_800, p95Ms: 500 };
/** A drain that delivers nothing for this long has stopped: the run fails rather than waits. */
const STALL_MS = 30_000;

const number = (value: number) => Math.round(value).toLocaleString("en");
const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * The outbox worker as production runs it (`pnpm --filter @guitaronline/worker start`, the
 * product's defaults, e-mail through SMTP) draining a backlog of bookings' events, with
 * one worker and then with two, and its delay from an event's commit to its notification at a
 * steady rate. It runs on a database of its own: the stack's worker would otherwise drain the
 * same outbox, and the "one worker" line would measure two.
 */
export const outboxScenario: Scenario = {
  name: SCENARIO,
  async run(context) {
    const size = context.smoke ? SIZES.smoke : SIZES.full;
    const serverUrl = databaseUrl(context.databaseUrl, "postgres");
    const name = `go_bench_outbox_${Date.now().toString(36)}`;
    const url = await createDatabase(serverUrl, name);
    const mail = await startMailCounter();
    const client = new pg.Client({ connectionString: url });
    try {
      await migrateDeploy(url);
      await client.connect();
      await addRecipients(client);
      const stack = { client, log: context.log, workerEnv: workerEnv(url, mail) };

      const workers = await startWorkers(stack, 1);
      const oneWorker = await drain(stack, size.drained, "1 worker", TARGETS.oneWorker);
      const steady = await commitToNotification(stack, size.steadySeconds);
      await stopAll(workers);
      const twoWorkers = await drain(stack, size.drained, "2 workers", TARGETS.twoWorkers, await startWorkers(stack, 2));
      return [oneWorker, twoWorkers, steady, await deliveredOnce(client, mail)];
    } finally {
      await client.end().catch(() => undefined);
      await mail.close();
      await dropDatabase(serverUrl, name);
    }
  },
};

interface OutboxStack {
  client: pg.Client;
  log: BenchContext["log"];
  workerEnv: Record<string, string>;
}

function workerEnv(url: string, mail: MailCounter): Record<string, string> {
  return { APP_ENV: "test", NODE_ENV: "production", DATABASE_URL: url, AUTH_SECRET: randomBytes(24).toString("hex"), SMTP_URL: mail.url };
}

async function startWorkers(stack: OutboxStack, count: number): Promise<ProductProcess[]> {
  const workers: ProductProcess[] = [];
  try {
    for (let index = 0; index < count; index++) {
      const port = await freePort();
      const worker = startProductProcess("@guitaronline/worker", { ...stack.workerEnv, WORKER_PORT: String(port) });
      workers.push(worker);
      await worker.untilHealthy(`http://127.0.0.1:${port}/health`);
    }
  } catch (error) {
    await stopAll(workers);
    throw error;
  }
  stack.log(`outbox: ${count} worker${count > 1 ? "s" : ""} started`);
  return workers;
}

const stopAll = (workers: ProductProcess[]) => Promise.all(workers.map((worker) => worker.stop()));

/** Waits until no event is pending; throws when delivery stalls. */
async function untilDrained(client: pg.Client): Promise<void> {
  let pending = Number.POSITIVE_INFINITY;
  let progressedAt = Date.now();
  for (;;) {
    const { rows } = await client.query<{ pending: number }>("SELECT count(*)::int AS pending FROM outbox_events WHERE status = 'PENDING'");
    const now = rows[0]!.pending;
    if (now === 0) return;
    if (now < pending) [pending, progressedAt] = [now, Date.now()];
    else if (Date.now() - progressedAt > STALL_MS) throw new Error(`outbox: ${now} events still pending, none delivered for ${STALL_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * `count` events committed at once, drained by the running workers (or `workers`, stopped after):
 * events per second from the commit to the last event processed.
 */
async function drain(stack: OutboxStack, count: number, label: string, targetPerSecond: number, workers: ProductProcess[] = []): Promise<Measurement> {
  try {
    await insertEvents(stack.client, count);
    const committedAt = new Date();
    await untilDrained(stack.client);
    const { rows } = await stack.client.query<{ last: Date }>("SELECT max(processed_at) AS last FROM outbox_events");
    const seconds = (rows[0]!.last.getTime() - committedAt.getTime()) / 1000;
    const perSecond = count / seconds;
    stack.log(`outbox: ${number(count)} events drained by ${label} in ${seconds.toFixed(1)} s`);
    return {
      scenario: SCENARIO,
      name: `drain ${number(count)} events, ${label}`,
      figures: { events: count, seconds, perSecond },
      summary: `${number(perSecond)} events/s (${seconds.toFixed(1)} s)`,
      target: `≥ ${number(targetPerSecond)} events/s`,
      pass: perSecond >= targetPerSecond,
    };
  } finally {
    await stopAll(workers);
  }
}

/**
 * Events committed one by one at a steady rate, each in a transaction of its own as a booking
 * commits it: how long until its in-app notification row exists, and its e-mail is handed to
 * the mail server (both timestamps from the database's clock, as is the event's).
 */
async function commitToNotification(stack: OutboxStack, seconds: number): Promise<Measurement> {
  const count = seconds * STEADY_EVENTS_PER_SECOND;
  const eventIds: string[] = [];
  const startedAt = performance.now();
  for (let index = 0; index < count; index++) {
    const due = startedAt + (index * 1000) / STEADY_EVENTS_PER_SECOND;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    eventIds.push(await insertOneEvent(stack.client, index));
  }
  await untilDrained(stack.client);
  const { rows } = await stack.client.query<{ in_app_ms: number; mail_ms: number | null }>(
    `SELECT extract(epoch FROM max(n.created_at) FILTER (WHERE n.channel = 'IN_APP') - e.created_at) * 1000 AS in_app_ms,
            extract(epoch FROM max(n.sent_at) FILTER (WHERE n.channel = 'EMAIL') - e.created_at) * 1000 AS mail_ms
     FROM outbox_events e JOIN notifications n ON n.event_id = e.id
     WHERE e.id = ANY($1::uuid[]) GROUP BY e.id, e.created_at`,
    [eventIds],
  );
  const inApp = rows.map((row) => Number(row.in_app_ms)).sort((a, b) => a - b);
  // Holds are told in-app only: their rows have no e-mail.
  const mailed = rows.filter((row) => row.mail_ms !== null).map((row) => Number(row.mail_ms)).sort((a, b) => a - b);
  const figures = {
    events: count,
    p50Ms: percentile(inApp, 0.5),
    p95Ms: percentile(inApp, 0.95),
    maxMs: inApp.at(-1)!,
    mailP50Ms: percentile(mailed, 0.5),
    mailP95Ms: percentile(mailed, 0.95),
  };
  return {
    scenario: SCENARIO,
    name: `commit → notification, ${STEADY_EVENTS_PER_SECOND} events/s for ${seconds} s, 1 worker`,
    figures,
    summary: `in-app p50 ${ms(figures.p50Ms)}, p95 ${ms(figures.p95Ms)}; e-mail sent p95 ${ms(figures.mailP95Ms)}`,
    target: `p95 ≤ ${TARGETS.p95Ms} ms`,
    pass: figures.p95Ms <= TARGETS.p95Ms,
  };
}

/** Every event of the run processed once: each recipient's notifications there, each e-mail received once. */
async function deliveredOnce(client: pg.Client, mail: MailCounter): Promise<Measurement> {
  const due = await notificationsDue(client);
  const { rows } = await client.query<{ processed: number; in_app: number; emailed: number }>(
    `SELECT (SELECT count(*)::int FROM outbox_events WHERE status = 'PROCESSED') AS processed,
            (SELECT count(*)::int FROM notifications WHERE channel = 'IN_APP') AS in_app,
            (SELECT count(*)::int FROM notifications WHERE channel = 'EMAIL' AND status = 'SENT') AS emailed`,
  );
  const { processed, in_app: inApp, emailed } = rows[0]!;
  const mails = mail.counts();
  // Rows are unique per event, recipient and channel in the database; a mail could be sent twice.
  const lost = due.events - processed + (due.inApp - inApp) + (due.email - emailed) + (due.email - mails.distinct);
  const duplicated = mails.total - mails.distinct;
  return {
    scenario: SCENARIO,
    name: "every event delivered once",
    figures: { events: due.events, processed, inApp, emailed, mailsReceived: mails.total, lost, duplicated },
    summary: `${number(due.events)} events: ${number(inApp)} in-app, ${number(mails.total)} e-mails; ${lost} lost, ${duplicated} duplicated`,
    target: "0 lost, 0 duplicated",
    pass: lost === 0 && duplicated === 0,
  };
}
