import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";

/** A calendar user of an invitation (ORGANIZER or ATTENDEE) with its parameters. */
function person(property: ICAL.Property) {
  const parameter = (name: string) => property.getParameter(name) as string | undefined;
  return {
    address: String(property.getFirstValue()).replace(/^mailto:/i, ""),
    cn: parameter("cn"),
    partstat: parameter("partstat"),
    rsvp: parameter("rsvp"),
  };
}

/**
 * The iCalendar invitation an e-mail carries, read by ical.js: a parser independent of the
 * library that wrote it, so what it reads is what a calendar client would.
 */
export function invitationOf(mail: ParsedMail) {
  const attachment = mail.attachments.find((candidate) => candidate.contentType.startsWith("text/calendar"));
  if (!attachment) throw new Error(`No invitation in the e-mail "${mail.subject}".`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString("utf8")));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("The invitation has no VEVENT.");
  const event = new ICAL.Event(vevent);
  const organizer = vevent.getFirstProperty("organizer");
  const time = (name: string) => (vevent.getFirstPropertyValue(name) as ICAL.Time | null)?.toJSDate();
  return {
    method: calendar.getFirstPropertyValue("method"),
    /** The method the MIME part announces (Content-Type: text/calendar; method=…). */
    mimeMethod: (attachment.headers.get("content-type") as { params?: Record<string, string> } | undefined)?.params?.method,
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    summary: event.summary,
    stamp: time("dtstamp"),
    startsAt: time("dtstart"),
    endsAt: time("dtend"),
    organizer: organizer ? person(organizer) : undefined,
    attendees: vevent.getAllProperties("attendee").map(person),
  };
}
