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
function calendarFor(message: EmailMessage) {
  const { payload } = message;
  const lessonUid = `${String(payload.bookingId)}@guitaronline`;
  if (message.type === "booking.canceled") {
    if (typeof payload.startsAt !== "string" || typeof payload.endsAt !== "string") return undefined;
    return { method: "CANCEL", content: lessonCalendar({ uid: lessonUid, startsAt: new Date(payload.startsAt), endsAt: new Date(payload.endsAt), title: "Guitar lesson", description: "Canceled" }, "CANCEL") };
  }
  if (typeof payload.startsAt !== "string" || typeof payload.endsAt !== "string") return undefined;
  return {
    method: "REQUEST",
    content: lessonCalendar(
      { uid: lessonUid, startsAt: new Date(payload.startsAt), endsAt: new Date(payload.endsAt), title: "Guitar lesson", description: "GuitarOnline lesson" },
      "REQUEST",
    ),
  };
}
