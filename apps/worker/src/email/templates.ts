import type { EmailMessage } from "@guitaronline/domain";

type Locale = "en" | "ru";
type EmailedType = EmailMessage["event"]["type"];

const subjects: Record<EmailedType, Record<Locale, string>> = {
  "booking.confirmed": { en: "Your guitar lesson is booked", ru: "Урок гитары забронирован" },
  "booking.canceled": { en: "Your guitar lesson was canceled", ru: "Урок гитары отменён" },
  "booking.rescheduled": { en: "Your guitar lesson was moved", ru: "Урок гитары перенесён" },
};

const bodies: Record<EmailedType, Record<Locale, (when: string) => string>> = {
  "booking.confirmed": {
    en: (when) => `Your lesson on ${when} is booked. The invitation is attached.`,
    ru: (when) => `Ваш урок ${when} забронирован. Приглашение во вложении.`,
  },
  "booking.canceled": {
    en: () => "Your lesson was canceled. The calendar entry is withdrawn.",
    ru: () => "Ваш урок отменён. Запись в календаре снята.",
  },
  "booking.rescheduled": {
    en: (when) => `Your lesson was moved to ${when}. The new invitation is attached.`,
    ru: (when) => `Ваш урок перенесён на ${when}. Новое приглашение во вложении.`,
  },
};

const greeting: Record<Locale, (name: string) => string> = {
  en: (name) => `Hello ${name},`,
  ru: (name) => `Здравствуйте, ${name}!`,
};

/** Subject and text of a booking e-mail, in the recipient's language. */
export function renderEmail({ event, to }: EmailMessage): { subject: string; text: string } {
  const locale: Locale = to.locale === "ru" ? "ru" : "en";
  const when =
    new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(event.payload.startsAt) + " UTC";
  const body = bodies[event.type][locale](when);
  return { subject: subjects[event.type][locale], text: `${greeting[locale](to.name)}\n\n${body}\n\n— GuitarOnline` };
}
