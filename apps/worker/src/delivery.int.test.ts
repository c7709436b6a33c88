import { randomUUID } from "node:crypto";
import { createDb, type Db } from "@guitaronline/db";
import { aPackage, aSlot, aUserRow, testDatabaseForFile } from "@guitaronline/testbed/testing";
import {
  confirmBooking,
  createPayment,
  holdBooking,
  requeueDeadLetters,
  systemClock,
  updatePaymentStatus,
  type Clock,
  type Mailer,
} from "@guitaronline/domain";
import { testDomainDeps } from "@guitaronline/domain/testing";
import { createLogger } from "@guitaronline/observability";
import { Registry } from "prom-client";
import { describe, expect, it, vi } from "vitest";
import { createDispatcher } from "./dispatcher.ts";
import { smtpMailer } from "./email/smtp-mailer.ts";
import { bookingConfirmedEvents } from "./testing/events.ts";
import { principalOf } from "./testing/principal.ts";
import { invitationOf } from "./testing/invitation.ts";
import { startSmtpSink } from "./testing/smtp-sink.ts";
import { createWorkerMetrics } from "./worker-metrics.ts";

const log = createLogger({ app: "worker-test" });
const database = testDatabaseForFile();

const dispatcherOn = (options: { mailer?: Mailer; clock?: Clock; db?: Db; registry?: Registry; batchSize?: number }) =>
  createDispatcher({
    db: options.db ?? database.db,
    clock: options.clock ?? systemClock,
    log,
    mailer: options.mailer,
    metrics: options.registry ? createWorkerMetrics(options.registry, options.db ?? database.db) : undefined,
    batchSize: options.batchSize ?? 50,
    leaseMs: 30_000,
    pollIntervalMs: 50,
    maxRetries: 5,
    random: () => 0.5,
  });

async function drain(dispatcher: ReturnType<typeof dispatcherOn>) {
  while ((await dispatcher.runOnce()) > 0);
}

describe("notifications for a confirmed booking", () => {
  it("go in-app to student and teacher, and by e-mail in each one's language with a matching .ics", async () => {
    const smtp = await startSmtpSink();
    const mailer = smtpMailer({ smtpUrl: smtp.url, from: "GuitarOnline <school@example.com>" });
    try {
      const teacher = await aUserRow(database.db, "TEACHER");
      const student = await aUserRow(database.db, "STUDENT", { locale: "ru" });
      await aPackage(database.db, student.id);
      const slot = await aSlot(database.db, teacher.id);
      const ctx = testDomainDeps(database.db);
      const held = await holdBooking(ctx, principalOf(student), { slotId: slot.id });
      const confirmed = await confirmBooking(ctx, principalOf(student), { bookingId: held.id });

      await drain(dispatcherOn({ mailer }));

      const event = await database.db.outboxEvent.findFirstOrThrow({ where: { type: "booking.confirmed", aggregateId: held.id } });
      expect(event.status).toBe("PROCESSED");
      const notifications = await database.db.notification.findMany({ where: { eventId: event.id } });
      expect(notifications.map((n) => `${n.channel}:${n.userId === student.id ? "student" : "teacher"}:${n.status}`).sort()).toEqual([
        "EMAIL:student:SENT",
        "EMAIL:teacher:SENT",
        "IN_APP:student:SENT",
        "IN_APP:teacher:SENT",
      ]);
      // booking.held and lesson.created are in-app only.
      await expect(database.db.notification.count({ where: { channel: "EMAIL", event: { type: { not: "booking.confirmed" } } } })).resolves.toBe(0);

      expect(smtp.received).toHaveLength(2);
      const toStudent = smtp.received.find((mail) => mail.to && JSON.stringify(mail.to).includes(student.email))!;
      const toTeacher = smtp.received.find((mail) => mail.to && JSON.stringify(mail.to).includes(teacher.email))!;
      expect(toStudent.subject).toBe("Урок гитары забронирован");
      expect(toTeacher.subject).toBe("Your guitar lesson is booked");
      // iCalendar times are to the second; the test's slot has milliseconds.
      const toTheSecond = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000);
      for (const mail of [toStudent, toTeacher]) {
        expect(invitationOf(mail)).toMatchObject({
          method: "REQUEST",
          uid: `${held.id}@guitaronline`,
          startsAt: toTheSecond(slot.startsAt),
          endsAt: toTheSecond(slot.endsAt),
        });
      }
      const lesson = await database.db.lesson.findUniqueOrThrow({ where: { id: confirmed.lessonId } });
      expect(lesson.startsAt).toEqual(slot.startsAt);
    } finally {
      mailer.close();
      await smtp.close();
    }
  });
});

describe("notifications for a payment", () => {
  it("reach the student who owns the package, in-app, for every change", async () => {
    const admin = principalOf(await aUserRow(database.db, "ADMIN"));
    const student = await aUserRow(database.db, "STUDENT");
    const pkg = await aPackage(database.db, student.id);
    const deps = testDomainDeps(database.db);
    const payment = await createPayment(deps, admin, { packageId: pkg.id, amount: { amountMinor: 25_000, currency: "EUR" }, idempotencyKey: randomUUID() });
    await updatePaymentStatus(deps, admin, { paymentId: payment.id, status: "SUCCEEDED" });

    await drain(dispatcherOn({}));

    const events = await database.db.outboxEvent.findMany({ where: { aggregateId: payment.id }, include: { notifications: true } });
    expect(events.map((event) => event.type).sort()).toEqual(["billing.payment.created", "billing.payment.succeeded"]);
    for (const event of events) {
      expect(event.status).toBe("PROCESSED");
      expect(event.notifications.map((n) => [n.userId, n.channel, n.status])).toEqual([[student.id, "IN_APP", "SENT"]]);
    }
  });
});

describe("an event the catalog cannot read", () => {
  it("is dead-lettered at once, with the reason, and notifies nobody", async () => {
    const student = await aUserRow(database.db, "STUDENT");
    const event = await database.db.outboxEvent.create({
      data: { type: "billing.payment.succeeded", aggregateType: "payment", aggregateId: randomUUID(), payload: { paymentId: randomUUID(), studentId: student.id } },
    });
    await drain(dispatcherOn({}));
    const after = await database.db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(after).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(after.lastError).toContain("bad payload");
    await expect(database.db.notification.count({ where: { eventId: event.id } })).resolves.toBe(0);
  });
});

describe("failed deliveries", () => {
  it("are retried with growing delays, dead-lettered at the limit, and delivered after a requeue", async () => {
    const teacher = await aUserRow(database.db, "TEACHER");
    const student = await aUserRow(database.db, "STUDENT");
    const admin = await aUserRow(database.db, "ADMIN");
    const event = await database.db.outboxEvent.create({ data: bookingConfirmedEvents(1, { studentId: student.id, teacherId: teacher.id })[0]! });
    let now = new Date();
    const clock = { now: () => now };
    const failing: Mailer = { send: async () => Promise.reject(new Error("SMTP is down")) };
    const dispatcher = dispatcherOn({ mailer: failing, clock });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      now = new Date(now.getTime() + 2 * 3_600_000);
      await drain(dispatcher);
      const after = await database.db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } });
      expect(after.attempts).toBe(attempt);
      expect(after.lastError).toContain("SMTP is down");
      delays.push(after.availableAt.getTime() - now.getTime());
      expect(after.status).toBe(attempt < 5 ? "PENDING" : "FAILED");
    }
    expect(delays.slice(0, 4)).toEqual([2_000, 4_000, 8_000, 16_000]);
    now = new Date(now.getTime() + 24 * 3_600_000);
    await expect(dispatcher.runOnce()).resolves.toBe(0);

    await expect(requeueDeadLetters(testDomainDeps(database.db, clock), principalOf(admin), { ids: [event.id] })).resolves.toEqual({ requeued: 1 });
    const sent: string[] = [];
    await drain(dispatcherOn({ mailer: { send: async (message) => void sent.push(message.to.email) }, clock }));
    await expect(database.db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } })).resolves.toMatchObject({ status: "PROCESSED" });
    expect(sent.sort()).toEqual([student.email, teacher.email].sort());
    await expect(database.db.notification.count({ where: { eventId: event.id, status: "SENT" } })).resolves.toBe(4);
  });
});

describe("two workers draining together", () => {
  const EVENTS = 2_000; // two e-mails each
  it("process 2,000 events exactly once, each e-mail sent once", { timeout: 240_000 }, async () => {
    const teacher = await aUserRow(database.db, "TEACHER");
    const student = await aUserRow(database.db, "STUDENT");
    const tag = randomUUID();
    await database.db.outboxEvent.createMany({ data: bookingConfirmedEvents(EVENTS, { studentId: student.id, teacherId: teacher.id, aggregateId: tag }) });
    // Both workers' mailers write down what they send: a notification e-mailed by both shows here,
    // where the notification rows (unique per event, user and channel) could not show it.
    const sends = new Map<string, number>();
    const mailer: Mailer = { send: async ({ notificationId }) => void sends.set(notificationId, (sends.get(notificationId) ?? 0) + 1) };
    const registries = [new Registry(), new Registry()];
    const clients = [createDb({ databaseUrl: database.url, poolSize: 4 }), createDb({ databaseUrl: database.url, poolSize: 4 })];
    const dispatchers = clients.map((db, index) => dispatcherOn({ db, mailer, registry: registries[index], batchSize: 50 }));
    const running = dispatchers.map((dispatcher) => dispatcher.run());
    const unprocessed = () => database.db.outboxEvent.count({ where: { aggregateId: tag, status: { not: "PROCESSED" } } });
    try {
      await vi.waitUntil(async () => (await unprocessed()) === 0, { timeout: 200_000, interval: 200 });
    } finally {
      dispatchers.forEach((dispatcher) => dispatcher.stop());
      await Promise.all(running);
      await Promise.all(clients.map((db) => db.$disconnect()));
    }

    const processedBy = await Promise.all(
      registries.map(async (registry) => (await registry.getSingleMetric("outbox_events_processed_total")!.get()).values[0]!.value),
    );
    expect(processedBy[0]! + processedBy[1]!).toBe(EVENTS);
    expect(processedBy.every((count) => count > 0)).toBe(true);
    const emails = await database.db.notification.findMany({ where: { event: { aggregateId: tag }, channel: "EMAIL", status: "SENT" } });
    expect(emails).toHaveLength(2 * EVENTS);
    expect(emails.filter((email) => sends.get(email.id) !== 1)).toEqual([]);
    expect([...sends.values()].reduce((total, count) => total + count, 0)).toBe(2 * EVENTS);
  });
});
