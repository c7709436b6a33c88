import { randomBytes } from "node:crypto";
import { createDb, type Db } from "@guitaronline/db";
import { hashPassword, isEmailed, readEvent, recipientsOf } from "@guitaronline/domain";
import {
  createDatabase,
  dropDatabase,
  freePort,
  migrateDeploy,
  startMailCounter,
  startProductProcess,
  type MailCounter,
  type ProductProcess,
} from "@guitaronline/testbed/services";
import { firstLoadScenario } from "../first-load/first-load-scenario.ts";
import { subscribeToSlotChanges } from "./live-feed.ts";
import { runMixedLoad, type Person } from "./mixed-load.ts";
import { SpreadSession, WebFarm } from "./spread-client.ts";

/** Runs one named check and counts it; false when it failed (the test runner's check). */
export type Check = (name: string, body: () => Promise<void>) => Promise<boolean>;

const LOAD_SECONDS = 25;
const TEACHERS = 3;
const STUDENTS = 10;

/**
 * Scaling past one machine, proved on one: two web processes of the production build and two
 * workers on one database and one Redis, as behind a load balancer, under a school's mixed traffic.
 * Nothing may fail, no slot may be booked twice, every notification must go out exactly once, and
 * both workers must have delivered some.
 */
export async function runScalingChecks(check: Check, { serverUrl, redisUrl }: { serverUrl: string; redisUrl: string }): Promise<void> {
  const name = `go_scaling_${Date.now().toString(36)}`;
  const url = await createDatabase(serverUrl, name);
  const db = createDb({ databaseUrl: url, poolSize: 2 });
  const mail = await startMailCounter();
  const processes: ProductProcess[] = [];
  try {
    await migrateDeploy(url);
    const people = await enrol(db);
    const stack = await startStack(check, processes, { url, redisUrl, mail });
    if (!stack) return;
    const { farm, workerPorts } = stack;
    const newSession = () => new SpreadSession(farm);

    await check("a slot published through one web process reaches a live page on the other (LISTEN/NOTIFY)", async () => {
      const [listening, publishing] = farm.processUrls;
      const student = new SpreadSession(new WebFarm(farm.publicUrl, [listening!]));
      const teacher = new SpreadSession(new WebFarm(farm.publicUrl, [publishing!]));
      await student.signIn(people.students[0]!.email, people.students[0]!.password);
      await teacher.signIn(people.teachers[0]!.email, people.teachers[0]!.password);
      const feed = await subscribeToSlotChanges(listening!, student.sessionCookie);
      try {
        // The process starts listening once a page subscribes: publish until one announcement arrives.
        const published: string[] = [];
        const deadline = Date.now() + 20_000;
        while (!published.some((slotId) => feed.received().includes(slotId))) {
          if (Date.now() > deadline) throw new Error(`none of ${published.length} slots announced; the feed said: ${feed.received().slice(0, 300)}`);
          const startsAt = new Date(Date.now() + (30 * 24 + published.length) * 3_600_000);
          published.push((await teacher.api.scheduling.createSlot.mutate({ startsAt, durationMinutes: 60 })).id);
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      } finally {
        await feed.close();
      }
    });

    await check(`${LOAD_SECONDS} s of mixed load over both web processes: no error response`, async () => {
      const tally = await runMixedLoad(newSession, { ...people, seconds: LOAD_SECONDS });
      const spread = [...farm.requestsTo.values()];
      const refusals = [...tally.refusals].map(([code, count]) => `${code} ${count}`).join(", ") || "none";
      process.stdout.write(`    ${tally.calls} calls, ${tally.signIns} sign-ins, requests per web process ${spread.join(" / ")}; refusals by design: ${refusals}\n`);
      if (tally.errorCount > 0) throw new Error(`${tally.errorCount} errors, e.g.\n${tally.errors.join("\n")}`);
      if (spread.some((count) => count < tally.calls / 4)) throw new Error(`the requests were not spread: ${spread.join(" / ")}`);
      const bookings = await db.booking.count({ where: { status: "CONFIRMED" } });
      if (bookings === 0) throw new Error("no booking was confirmed: the load did not book anything");
    });

    await check("no slot booked twice, no package below zero lessons", async () => {
      const [twice] = await db.$queryRaw<{ slots: number; lessons: number; negative: number }[]>`
        SELECT (SELECT count(*)::int FROM (SELECT slot_id FROM bookings WHERE status IN ('HOLD', 'CONFIRMED') GROUP BY slot_id HAVING count(*) > 1) s) AS slots,
               (SELECT count(*)::int FROM (SELECT b.slot_id FROM lessons l JOIN bookings b ON b.id = l.booking_id WHERE l.status <> 'CANCELED' GROUP BY b.slot_id HAVING count(*) > 1) t) AS lessons,
               (SELECT count(*)::int FROM lesson_packages WHERE lessons_left < 0) AS negative`;
      if (twice!.slots + twice!.lessons + twice!.negative > 0) throw new Error(JSON.stringify(twice));
    });

    await check("every outbox event delivered exactly once (in-app rows and e-mails), by both workers", async () => {
      await untilOutboxDrained(db);
      await assertDeliveredOnce(db, mail);
      const delivered = await Promise.all(workerPorts.map(processedBy));
      process.stdout.write(`    events delivered per worker: ${delivered.join(" / ")}\n`);
      if (delivered.some((count) => count === 0)) throw new Error(`a worker delivered nothing: ${delivered.join(" / ")}`);
    });

    // Here because it needs what this step has: the production build, served.
    await check("the bench's first-load JS scenario measures pages of the production build", async () => {
      const lines = await firstLoadScenario.run({ databaseUrl: url, redisUrl, webUrl: farm.processUrls[0]!, webBuildDir: "", smoke: true, log: () => undefined });
      const wrong = lines.filter((line) => !(line.figures.scripts! > 0 && line.figures.gzipKb! > 0) || /redirected/.test(line.summary));
      if (lines.length === 0 || wrong.length > 0) throw new Error(JSON.stringify(lines));
    });
  } finally {
    await Promise.all(processes.map((running) => running.stop()));
    await mail.close();
    await db.$disconnect();
    await dropDatabase(serverUrl, name);
  }
}

/** Teachers (approved) and students (with a package of lessons to spend), with one password. */
async function enrol(db: Db): Promise<{ teachers: Person[]; students: Person[] }> {
  const password = randomBytes(12).toString("hex");
  const passwordHash = await hashPassword(password);
  const person = async (role: "TEACHER" | "STUDENT", index: number): Promise<Person> => {
    const email = `scaling-${role.toLowerCase()}-${index}@school.example`;
    const user = await db.user.create({ data: { email, name: `${role.toLowerCase()} ${index}`, passwordHash, role, teacherApproved: role === "TEACHER" } });
    if (role === "STUDENT") {
      await db.lessonPackage.create({
        data: { studentId: user.id, lessonsTotal: 500, lessonsLeft: 500, priceMinor: 500 * 2_500, currency: "EUR", expiresAt: new Date(Date.now() + 90 * 24 * 3_600_000) },
      });
    }
    return { email, password };
  };
  return {
    teachers: await Promise.all(Array.from({ length: TEACHERS }, (_, index) => person("TEACHER", index))),
    students: await Promise.all(Array.from({ length: STUDENTS }, (_, index) => person("STUDENT", index))),
  };
}

async function startStack(check: Check, processes: ProductProcess[], { url, redisUrl, mail }: { url: string; redisUrl: string; mail: MailCounter }) {
  const [webPorts, workerPorts] = [[await freePort(), await freePort()], [await freePort(), await freePort()]];
  const processUrls = webPorts.map((port) => `http://127.0.0.1:${port}`);
  // One public address and one secret for every web process: a session made by one is honoured by all.
  const shared = { APP_ENV: "test", NODE_ENV: "production", DATABASE_URL: url, AUTH_SECRET: randomBytes(24).toString("hex") };
  const webEnv = {
    ...shared,
    NEXTAUTH_URL: processUrls[0],
    HOSTNAME_BIND: "127.0.0.1",
    AUTH_RATE_LIMIT_BACKEND: "redis",
    REDIS_URL: redisUrl,
    // Every person signs in from 127.0.0.1 here: budgets for a school, not for one address.
    AUTH_RATE_LIMIT_LOGIN_REQUESTS: "10000",
    AUTH_RATE_LIMIT_ACCOUNT_REQUESTS: "1000",
    AUTH_RATE_LIMIT_MUTATION_REQUESTS: "10000",
  };
  const started = await check("two web processes (production build) and two workers start on one database and Redis", async () => {
    const web = webPorts.map((port) => startProductProcess("@guitaronline/web", { ...webEnv, PORT: String(port) }));
    const workers = workerPorts.map((port) => startProductProcess("@guitaronline/worker", { ...shared, WORKER_PORT: String(port), SMTP_URL: mail.url }));
    processes.push(...web, ...workers);
    await Promise.all([
      ...web.map(async (process, index) => {
        await process.untilHealthy(`${processUrls[index]}/api/health`);
        await untilReady(processUrls[index]!);
      }),
      ...workers.map((process, index) => process.untilHealthy(`http://127.0.0.1:${workerPorts[index]}/health`)),
    ]);
  });
  return started ? { farm: new WebFarm(processUrls[0]!, processUrls), workerPorts } : undefined;
}

/**
 * As a balancer checks before it sends traffic (docs/operations.md): /api/ready says "ready", its
 * database and Redis connections up. Until then a new process would refuse sign-ins (503).
 */
async function untilReady(processUrl: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await fetch(`${processUrl}/api/ready`).then((response) => response.json() as Promise<{ status: string }>, () => undefined);
    if (answer?.status === "ready") return;
    if (Date.now() > deadline) throw new Error(`${processUrl}/api/ready said ${JSON.stringify(answer)} for ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function untilOutboxDrained(db: Db, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await db.outboxEvent.count({ where: { status: "PENDING" } })) > 0) {
    if (Date.now() > deadline) throw new Error(`events still pending after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Each event's notifications against what the delivery rules owe for it, and each e-mail against the mail server's count. */
async function assertDeliveredOnce(db: Db, mail: MailCounter) {
  const events = await db.outboxEvent.findMany({ select: { id: true, type: true, payload: true, status: true, _count: { select: { notifications: true } } } });
  const emails = await db.notification.count({ where: { channel: "EMAIL", status: "SENT" } });
  let owedEmails = 0;
  const wrong: string[] = [];
  for (const event of events) {
    const message = readEvent(event);
    const recipients = recipientsOf(message).length;
    const owed = recipients * (isEmailed(message) ? 2 : 1);
    owedEmails += isEmailed(message) ? recipients : 0;
    if (event.status !== "PROCESSED" || event._count.notifications !== owed) wrong.push(`${event.type} ${event.id}: ${event.status}, ${event._count.notifications} of ${owed} notifications`);
  }
  const mails = mail.counts();
  if (events.length === 0) throw new Error("no outbox event was written");
  if (wrong.length > 0) throw new Error(`${wrong.length} of ${events.length} events delivered wrongly, e.g. ${wrong.slice(0, 3).join("; ")}`);
  if (emails !== owedEmails || mails.distinct !== owedEmails || mails.total !== owedEmails) {
    throw new Error(`e-mails owed ${owedEmails}, marked sent ${emails}, received ${mails.total} (${mails.distinct} distinct)`);
  }
  process.stdout.write(`    ${events.length} events, ${owedEmails} e-mails, each once\n`);
}

/** The events a worker delivered, from its own /metrics. */
async function processedBy(port: number): Promise<number> {
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(/^outbox_events_processed_total(?:\{[^}]*\})? (\d+)/m.exec(metrics)?.[1] ?? 0);
}
