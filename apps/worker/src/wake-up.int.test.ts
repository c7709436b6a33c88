import { randomUUID } from "node:crypto";
import { aPackage, aSlot, aUserRow, testDatabaseForFile } from "@guitaronline/testbed/testing";
import { cancelBooking, confirmBooking, holdBooking, systemClock } from "@guitaronline/domain";
import { testDomainDeps } from "@guitaronline/domain/testing";
import { createLogger } from "@guitaronline/observability";
import { describe, expect, it, vi } from "vitest";
import { createDispatcher } from "./dispatcher.ts";
import { smtpMailer } from "./email/smtp-mailer.ts";
import { listenForOutboxEvents } from "./outbox-listener.ts";
import { principalOf } from "./testing/principal.ts";
import { invitationOf } from "./testing/invitation.ts";
import { startSmtpSink } from "./testing/smtp-sink.ts";

const log = createLogger({ app: "worker-test" });
const database = testDatabaseForFile();

/** How many connections to this test's database listen for new outbox events. */
async function listeners(): Promise<number> {
  const [row] = await database.db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN outbox_events'`;
  return Number(row!.count);
}

describe("the dispatcher", () => {
  it("wakes on NOTIFY instead of waiting for its poll", async () => {
    const dispatcher = createDispatcher({
      db: database.db,
      clock: systemClock,
      log,
      batchSize: 10,
      leaseMs: 30_000,
      pollIntervalMs: 60_000, // only a NOTIFY can wake it within the test
      maxRetries: 5,
    });
    const listener = listenForOutboxEvents(database.url, dispatcher.wake, log);
    const running = dispatcher.run();
    // Only a NOTIFY can now bring the event in: LISTEN is in place, and the first poll found nothing.
    await vi.waitUntil(async () => (await listeners()) === 1 && dispatcher.asleep(), { timeout: 10_000, interval: 20 });
    const event = await database.db.outboxEvent.create({
      data: {
        type: "lesson.created",
        aggregateType: "lesson",
        aggregateId: randomUUID(),
        payload: { lessonId: randomUUID(), bookingId: randomUUID(), studentId: randomUUID(), teacherId: randomUUID(), startsAt: new Date().toISOString() },
      },
    });
    const status = async () => (await database.db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } })).status;
    await vi.waitUntil(async () => (await status()) === "PROCESSED", { timeout: 5_000, interval: 50 });
    dispatcher.stop();
    await running;
    await listener.close();
  });

  /**
   * A student's hold on a teacher's slot, taken through `steps` (confirm, cancel…), then delivered
   * by a dispatcher that mails through a local SMTP sink; the sink is closed after `check`.
   */
  async function deliveredThroughSmtp(
    steps: (deps: ReturnType<typeof testDomainDeps>, student: ReturnType<typeof principalOf>, bookingId: string) => Promise<unknown>,
    check: (scene: { smtp: Awaited<ReturnType<typeof startSmtpSink>>; heldId: string; studentEmail: string; teacherEmail: string }) => Promise<void>,
  ) {
    const smtp = await startSmtpSink();
    const mailer = smtpMailer({ smtpUrl: smtp.url, from: "school@example.com" });
    try {
      const teacher = await aUserRow(database.db, "TEACHER");
      const student = await aUserRow(database.db, "STUDENT");
      await aPackage(database.db, student.id);
      const slot = await aSlot(database.db, teacher.id, { hoursFromNow: 72 });
      const deps = testDomainDeps(database.db);
      const held = await holdBooking(deps, principalOf(student), { slotId: slot.id });
      await steps(deps, principalOf(student), held.id);
      const dispatcher = createDispatcher({ db: database.db, clock: systemClock, log, mailer, batchSize: 50, leaseMs: 30_000, pollIntervalMs: 50, maxRetries: 5 });
      while ((await dispatcher.runOnce()) > 0);
      await check({ smtp, heldId: held.id, studentEmail: student.email, teacherEmail: teacher.email });
    } finally {
      mailer.close();
      await smtp.close();
    }
  }

  it("withdraws the calendar invitation when a booking is canceled (same UID, METHOD:CANCEL)", () =>
    deliveredThroughSmtp(
      async (deps, student, bookingId) => {
        await confirmBooking(deps, student, { bookingId });
        await cancelBooking(deps, student, { bookingId });
      },
      async ({ smtp, heldId, studentEmail }) => {
        const calendars = smtp.received
          .filter((mail) => JSON.stringify(mail.to).includes(studentEmail))
          .map(invitationOf);
        expect(calendars.map((invitation) => invitation.method).sort()).toEqual(["CANCEL", "REQUEST"]);
        expect(new Set(calendars.map((invitation) => invitation.uid))).toEqual(new Set([`${heldId}@guitaronline`]));
        const canceledMail = smtp.received.find((mail) => mail.subject === "Your guitar lesson was canceled");
        expect(canceledMail).toBeDefined();
      },
    ));

  it("a released hold, never confirmed, is told in-app only: no mail, no invitation to withdraw", () =>
    deliveredThroughSmtp(
      (deps, student, bookingId) => cancelBooking(deps, student, { bookingId }),
      async ({ smtp, heldId, studentEmail, teacherEmail }) => {
        const toThem = smtp.received.filter((mail) => [studentEmail, teacherEmail].some((email) => JSON.stringify(mail.to).includes(email)));
        expect(toThem).toEqual([]);
        const canceled = await database.db.outboxEvent.findFirstOrThrow({ where: { type: "booking.canceled", aggregateId: heldId } });
        await expect(database.db.notification.count({ where: { eventId: canceled.id, channel: "IN_APP" } })).resolves.toBe(2);
      },
    ));
});
