import type { EmailMessage, Mailer } from "@guitaronline/domain";
import nodemailer from "nodemailer";
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
  return {
    async send(message: EmailMessage) {
      const { subject, text } = renderEmail(message);
      await transport.sendMail({
        from,
        to: { name: message.to.name, address: message.to.email },
        subject,
        text,
        messageId: `<${message.notificationId}@guitaronline>`,
        icalEvent: calendarFor(message),
      });
    },
    close: () => transport.close(),
  };
}

/** Confirmations and moves carry an invitation; a cancellation withdraws it (same UID). */
function calendarFor({ event }: EmailMessage) {
  const method = event.type === "booking.canceled" ? "CANCEL" : "REQUEST";
  const { bookingId, startsAt, endsAt } = event.payload;
  const description = method === "CANCEL" ? "Canceled" : "GuitarOnline lesson";
  return {
    method,
    content: lessonCalendar({ uid: `${bookingId}@guitaronline`, startsAt, endsAt, title: "Guitar lesson", description }, method),
  };
}
