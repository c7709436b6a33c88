import { createEvent, type EventAttributes } from "ics";

export interface LessonTimes {
  /** The same for an invitation and its cancellation, so calendars update one entry. */
  uid: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
}

/** An iCalendar invitation (REQUEST) or its withdrawal (CANCEL) for a lesson. */
export function lessonCalendar(lesson: LessonTimes, method: "REQUEST" | "CANCEL"): string {
  const attributes: EventAttributes = {
    uid: lesson.uid,
    start: lesson.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: lesson.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: lesson.title,
    description: lesson.description,
    method,
    status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    sequence: method === "CANCEL" ? 1 : 0,
    productId: "guitaronline/lessons",
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("could not build the calendar invitation");
  return value;
}
