import { aPackage, aUserRow, testDatabaseForFile } from "@guitaronline/testbed/testing";
import { cancelBooking, confirmBooking, holdBooking, rescheduleBooking, systemClock } from "@guitaronline/domain";
import { testDomainDeps } from "@guitaronline/domain/testing";
import { createLogger } from "@guitaronline/observability";
import { describe, expect, it } from "vitest";
import { createDispatcher } from "./dispatcher.ts";
import { smtpMailer } from "./email/smtp-mailer.ts";
import { invitationOf } from "./testing/invitation.ts";
import { principalOf } from "./testing/principal.ts";
import { startSmtpSink } from "./testing/smtp-sink.ts";

const log = createLogger({ app: "worker-test" });
const database = testDatabaseForFile();
const DAY = 86_400_000;

/** 20:00 UTC `days` from today: 23:00 in Moscow, 05:00 the next morning in Tokyo. */
function eveningInMoscow(days: number): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(20, 0, 0, 0);
  return date;
}

const aSlotAt = (teacherId: string, startsAt: Date) =>
  database.db.slot.create({ data: { teacherId, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) } });

describe("a lesson booked, moved and canceled, as the student's and the teacher's mail clients see it", () => {
  it("speaks each one's language and zone, names the other party, and keeps one calendar entry up to date", async () => {
    const smtp = await startSmtpSink();
    const mailer = smtpMailer({ smtpUrl: smtp.url, from: "GuitarOnline <school@example.com>" });
    try {
      const teacherRow = await aUserRow(database.db, "TEACHER");
      const teacher = await database.db.user.update({ where: { id: teacherRow.id }, data: { name: "Анна Петрова", timezone: "Asia/Tokyo", locale: "en" } });
      const studentRow = await aUserRow(database.db, "STUDENT");
      const student = await database.db.user.update({ where: { id: studentRow.id }, data: { name: "Иван", timezone: "Europe/Moscow", locale: "ru" } });
      await aPackage(database.db, student.id);
      const first = await aSlotAt(teacher.id, eveningInMoscow(3));
      const second = await aSlotAt(teacher.id, eveningInMoscow(4));
      const deps = testDomainDeps(database.db);
      const dispatcher = createDispatcher({ db: database.db, clock: systemClock, log, mailer, batchSize: 50, leaseMs: 30_000, pollIntervalMs: 50, maxRetries: 5 });
      /** Runs one step, delivers its events, and returns the mails it sent to the student and the teacher. */
      const step = async <T>(run: () => Promise<T>) => {
        const before = smtp.received.length;
        const result = await run();
        while ((await dispatcher.runOnce()) > 0);
        const sent = smtp.received.slice(before);
        const to = (email: string) => sent.filter((mail) => mail.to && JSON.stringify(mail.to).includes(email));
        expect(sent).toHaveLength(2);
        return { result, toStudent: to(student.email)[0]!, toTeacher: to(teacher.email)[0]! };
      };

      const held = await holdBooking(deps, principalOf(student), { slotId: first.id });
      const booked = await step(() => confirmBooking(deps, principalOf(student), { bookingId: held.id }));
      expect(booked.toStudent.subject).toBe("Урок гитары забронирован");
      expect(booked.toStudent.text).toContain("в 23:00 (Europe/Moscow)");
      expect(booked.toStudent.text).toContain("Преподаватель: Анна Петрова");
      expect(booked.toStudent.text).toContain("Длительность: 60 минут");
      expect(booked.toTeacher.subject).toBe("Your guitar lesson is booked");
      expect(booked.toTeacher.text).toContain("5:00 AM (Asia/Tokyo)");
      expect(booked.toTeacher.text).toContain("Student: Иван");
      expect(booked.toTeacher.text).not.toContain("UTC");

      const request = invitationOf(booked.toStudent);
      expect(request).toMatchObject({
        method: "REQUEST",
        mimeMethod: "REQUEST",
        status: "CONFIRMED",
        summary: "Урок гитары — Анна Петрова",
        sequence: 0,
        startsAt: first.startsAt,
        endsAt: first.endsAt,
        organizer: { address: "school@example.com", cn: "GuitarOnline" },
        attendees: [{ address: student.email, cn: "Иван", partstat: "ACCEPTED", rsvp: "FALSE" }],
      });
      expect(request.stamp).toBeInstanceOf(Date);
      expect(invitationOf(booked.toTeacher)).toMatchObject({
        method: "REQUEST",
        uid: request.uid,
        sequence: 0,
        summary: "Guitar lesson with Иван",
        startsAt: first.startsAt,
        attendees: [{ address: teacher.email, cn: "Анна Петрова" }],
      });

      // A move is one e-mail each (no cancel of the old booking): the same entry, a newer sequence, the new time.
      const moved = await step(() => rescheduleBooking(deps, principalOf(student), { bookingId: held.id, newSlotId: second.id }));
      expect(moved.toStudent.subject).toBe("Урок гитары перенесён");
      expect(moved.toStudent.text).toContain("Новое время: ");
      expect(moved.toStudent.text).toContain("в 23:00 (Europe/Moscow)");
      for (const mail of [moved.toStudent, moved.toTeacher]) {
        expect(invitationOf(mail)).toMatchObject({ method: "REQUEST", uid: request.uid, sequence: 1, startsAt: second.startsAt, endsAt: second.endsAt });
      }

      // The teacher cancels: the same entry is withdrawn, with a sequence newer than the move's.
      const canceled = await step(() => cancelBooking(deps, principalOf(teacher), { bookingId: moved.result.id }));
      expect(canceled.toStudent.subject).toBe("Урок гитары отменён");
      expect(canceled.toStudent.text).toContain("Урок отменён по инициативе преподавателя.");
      expect(canceled.toStudent.text).toContain("Урок возвращён в ваш пакет.");
      expect(canceled.toTeacher.text).toContain("You canceled the lesson.");
      for (const mail of [canceled.toStudent, canceled.toTeacher]) {
        expect(invitationOf(mail)).toMatchObject({ method: "CANCEL", mimeMethod: "CANCEL", status: "CANCELLED", uid: request.uid, sequence: 2, startsAt: second.startsAt });
      }
    } finally {
      mailer.close();
      await smtp.close();
    }
  });
});
