import type { EmailMessage, Mailer } from "@guitaronline/domain";
import nodemailer from "nodemailer";
import addressparser from "nodemailer/lib/addressparser/index.js";
import { lessonCalendar } from "./calendar.ts";
import { renderEmail } from "./templates.ts";

/**
 * E-mail over SMTP (nodemailer). The Message-ID is the notification's id, so if a crash ever makes
 * the worker send one again, mail systems can tell it is the same message.
 */
export function smtpMailer({ smtpUrl, from }: { smtpUrl: string; from: string }): Mailer & { close(): void } {
  // A pooled transport keeps its SMTP connections open between messages.
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  const transport = nodemailer.createTransport(url.toString());
  const school = schoolAddress(from);
  return {
    async send(message: EmailMessage) {
      const { subject, text, invitation } = renderEmail(message);
      const method = message.event.type === "booking.canceled" ? "CANCEL" : "REQUEST";
      const { startsAt, endsAt } = message.event.payload;
      const { firstBookingId, moves } = message.calendar;
      const calendar = lessonCalendar(
        {
          ...invitation,
          uid: `${firstBookingId}@guitaronline`,
          // Each move is one change; a cancellation is one more after the last move.
          sequence: moves + (method === "CANCEL" ? 1 : 0),
          stamp: message.occurredAt,
          startsAt,
          endsAt,
          organizer: school,
          attendee: { name: message.to.name, email: message.to.email },
        },
        method,
      );
      await transport.sendMail({
        from,
        to: { name: message.to.name, address: message.to.email },
        subject,
        text,
        messageId: `<${message.notificationId}@guitaronline>`,
        icalEvent: { method, content: calendar },
      });
    },
    close: () => transport.close(),
  };
}

/** The sender as the invitations' organizer: the school's name and address from MAIL_FROM. */
function schoolAddress(from: string): { name: string; email: string } {
  const [sender] = addressparser(from, { flatten: true });
  if (!sender?.address) throw new Error(`MAIL_FROM has no address: ${from}`);
  return { name: sender.name || "GuitarOnline", email: sender.address };
}
