import type { EmailMessage } from "@guitaronline/domain";

type Locale = "en" | "ru";
type Kind = EmailMessage["event"]["type"];
type Role = EmailMessage["to"]["role"];
type CanceledBy = Extract<EmailMessage["event"], { type: "booking.canceled" }>["payload"]["canceledBy"];

interface Copy {
  subject: Record<Kind, string>;
  greeting: (name: string) => string;
  when: Record<Kind, string>;
  length: string;
  /** How the other party is named to someone of this role: a student's other party is their teacher. */
  otherParty: Record<Role, string>;
  canceledBy: Record<CanceledBy | "you", string>;
  lessonReturned: Record<"yes" | "no", string>;
  invitation: Record<Kind, string>;
  /** The calendar entry's title, naming the other party. */
  title: (otherParty: string) => string;
  signature: string;
}

const copy: Record<Locale, Copy> = {
  en: {
    subject: {
      "booking.confirmed": "Your guitar lesson is booked",
      "booking.canceled": "Your guitar lesson was canceled",
      "booking.rescheduled": "Your guitar lesson was moved",
    },
    greeting: (name) => `Hello ${name},`,
    when: { "booking.confirmed": "When", "booking.canceled": "It was on", "booking.rescheduled": "New time" },
    length: "Length",
    otherParty: { student: "Teacher", teacher: "Student" },
    canceledBy: {
      you: "You canceled the lesson.",
      STUDENT: "The student canceled the lesson.",
      TEACHER: "The teacher canceled the lesson.",
      ADMIN: "The school canceled the lesson.",
    },
    lessonReturned: { yes: "The lesson is back in your package.", no: "The lesson was not returned to your package." },
    invitation: {
      "booking.confirmed": "The calendar invitation is attached: open it to add the lesson to your calendar.",
      "booking.canceled": "The attached cancellation removes the lesson from your calendar.",
      "booking.rescheduled": "The attached invitation moves the lesson in your calendar.",
    },
    title: (otherParty) => `Guitar lesson with ${otherParty}`,
    signature: "— GuitarOnline",
  },
  ru: {
    subject: {
      "booking.confirmed": "Урок гитары забронирован",
      "booking.canceled": "Урок гитары отменён",
      "booking.rescheduled": "Урок гитары перенесён",
    },
    greeting: (name) => `Здравствуйте, ${name}!`,
    when: { "booking.confirmed": "Когда", "booking.canceled": "Был назначен на", "booking.rescheduled": "Новое время" },
    length: "Длительность",
    otherParty: { student: "Преподаватель", teacher: "Ученик" },
    canceledBy: {
      you: "Вы отменили урок.",
      STUDENT: "Урок отменён по инициативе ученика.",
      TEACHER: "Урок отменён по инициативе преподавателя.",
      ADMIN: "Урок отменён школой.",
    },
    lessonReturned: { yes: "Урок возвращён в ваш пакет.", no: "Урок не возвращён в пакет." },
    invitation: {
      "booking.confirmed": "Приглашение во вложении: откройте его, чтобы добавить урок в календарь.",
      "booking.canceled": "Отмена во вложении уберёт урок из вашего календаря.",
      "booking.rescheduled": "Приглашение во вложении перенесёт урок в вашем календаре.",
    },
    title: (otherParty) => `Урок гитары — ${otherParty}`,
    signature: "— GuitarOnline",
  },
};

const localeOf = (to: EmailMessage["to"]): Locale => (to.locale === "ru" ? "ru" : "en");

/** An instant as the recipient reads it: their language, their zone, and the zone named. */
function inZone(instant: Date, locale: Locale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone }).format(instant);
  return `${text} (${timeZone})`;
}

/** Minutes with the plural form the language needs (1 минута, 3 минуты, 60 минут). */
const minutes = (count: number, locale: Locale) =>
  new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long" }).format(count);

/** What a cancellation says: who canceled and, to the student, whether the lesson came back. */
function cancellation(message: EmailMessage, text: Copy): string[] {
  if (message.event.type !== "booking.canceled") return [];
  const { canceledBy, lessonReturned } = message.event.payload;
  const byRecipient = canceledBy.toLowerCase() === message.to.role;
  const lines = [text.canceledBy[byRecipient ? "you" : canceledBy]];
  if (message.to.role === "student") lines.push(text.lessonReturned[lessonReturned ? "yes" : "no"]);
  return lines;
}

/** A lesson e-mail, and the title and note of its calendar entry: in the recipient's language and zone. */
export function renderEmail(message: EmailMessage): { subject: string; text: string; invitation: { title: string; description: string } } {
  const { event, to, counterpart } = message;
  const locale = localeOf(to);
  const text = copy[locale];
  const { startsAt, endsAt } = event.payload;
  const otherParty = `${text.otherParty[to.role]}: ${counterpart.name}`;
  const details = [
    `${text.when[event.type]}: ${inZone(startsAt, locale, to.timezone)}`,
    `${text.length}: ${minutes(Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000), locale)}`,
    otherParty,
  ];
  const body = [
    text.greeting(to.name),
    [text.subject[event.type] + ".", ...cancellation(message, text)].join(" "),
    details.join("\n"),
    text.invitation[event.type],
    text.signature,
  ];
  return {
    subject: text.subject[event.type],
    text: body.join("\n\n"),
    invitation: { title: text.title(counterpart.name), description: otherParty },
  };
}
