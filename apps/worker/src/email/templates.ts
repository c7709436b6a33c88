import type { EmailMessage } from "@guitaronline/domain";

type Locale = "en" | "ru";

const subjects: Record<string, Record<Locale, string>> = {
  "booking.confirmed": { en: "Your guitar lesson is booked", ru: "Урок гитары забронирован" },
  "booking.canceled": { en: "Your guitar lesson was canceled", ru: "Урок гитары отменён" },
  "booking.rescheduled": { en: "Your guitar lesson was moved", ru: "Урок гитары перенесён" },
};

const bodies: Record<string, Record<Locale, (when: string) => string>> = {
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
export function renderEmail(message: EmailMessage): { subject: string; text: string } {
  const locale: Locale = message.to.locale === "ru" ? "ru" : "en";
  const startsAt = typeof message.payload.startsAt === "string" ? new Date(message.payload.startsAt) : undefined;
  const when = startsAt
    ? new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(startsAt) + " UTC"
    : "";
  const subject = subjects[message.type]?.[locale] ?? message.type;
  const body = bodies[message.type]?.[locale]?.(when) ?? "";
  return { subject, text: `${greeting[locale](message.to.name)}\n\n${body}\n\n— GuitarOnline` };
}
