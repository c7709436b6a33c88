import type { APIRequestContext, Page } from "@playwright/test";
import { callProcedure, expect, MESSAGES, uniqueEmail, type Locale } from "./helpers";

/** A new student (in their own language and zone) with a package of `lessons`, sold by the admin. */
export async function aStudentWithLessons(
  request: APIRequestContext,
  admin: APIRequestContext,
  { lessons, locale = "en", timezone = "Europe/Moscow", name = "Portal Student" }: { lessons: number; locale?: Locale; timezone?: string; name?: string },
) {
  const email = uniqueEmail("portal-student");
  const password = "portal student password";
  const { id } = await callProcedure<{ id: string }>(request, "identity.register", { email, password, name, locale, timezone });
  const expiresAt = new Date(Date.now() + 60 * 24 * 3_600_000);
  await callProcedure(admin, "billing.createPackage", { studentId: id, lessonsTotal: lessons, expiresAt, price: { amountMinor: 9_000, currency: "EUR" } });
  return { id, email, password, name };
}

/** A new approved teacher with one open slot starting `hoursAhead` hours from now. */
export async function aTeacherWithSlotSoon(request: APIRequestContext, admin: APIRequestContext, { hoursAhead, name }: { hoursAhead: number; name: string }) {
  const { id } = await callProcedure<{ id: string }>(request, "identity.register", {
    email: uniqueEmail("portal-teacher"),
    password: "portal teacher password",
    name,
    role: "TEACHER",
    timezone: "Europe/Berlin",
  });
  await callProcedure(admin, "admin.approveTeacher", { userId: id });
  const startsAt = new Date(Math.ceil((Date.now() + hoursAhead * 3_600_000) / 900_000) * 900_000);
  const slot = await callProcedure<{ id: string }>(admin, "scheduling.createSlot", { startsAt, durationMinutes: 45, teacherId: id });
  return { id, name, slotStartsAt: startsAt.toISOString(), slotId: slot.id };
}

/** Switches the signed-in user's language on their profile page, as a user would. */
export async function chooseLanguage(page: Page, locale: Locale) {
  const current = (await page.locator("html").getAttribute("lang")) as Locale;
  await page.goto("/profile");
  const form = page.getByRole("main");
  await form.getByLabel(MESSAGES[current].profile.locale).selectOption(locale);
  await form.getByRole("button", { name: MESSAGES[current].profile.save }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MESSAGES[locale].profile.title);
}
