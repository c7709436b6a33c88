import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

interface Party {
  name: string;
  email: string;
}

export interface LessonInvitation {
  /** The same for the lesson's invitation, its moves and its cancellation, so calendars keep one entry. */
  uid: string;
  /** Grows with every change, so a calendar applies the newest and ignores older ones. */
  sequence: number;
  /** When the change was recorded. */
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  /** The school sends every invitation; the recipient is the one attendee. */
  organizer: Party;
  attendee: Party;
}

/**
 * An iTIP message (RFC 5546) for a lesson: REQUEST adds or moves the calendar entry, CANCEL
 * removes it. Times are in UTC; the recipient's calendar shows them in its own zone.
 */
export function lessonCalendar(lesson: LessonInvitation, method: "REQUEST" | "CANCEL"): string {
  const calendar = ical({ prodId: { company: "GuitarOnline", product: "lessons" }, method: ICalCalendarMethod[method] });
  calendar.createEvent({
    id: lesson.uid,
    sequence: lesson.sequence,
    stamp: lesson.stamp,
    start: lesson.startsAt,
    end: lesson.endsAt,
    summary: lesson.title,
    description: lesson.description,
    status: method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: lesson.organizer,
    // The recipient booked (or teaches) the lesson: already accepted, no reply expected.
    attendees: [{ ...lesson.attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.ACCEPTED, rsvp: false }],
  });
  return calendar.toString();
}
