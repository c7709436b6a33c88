import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page, TestInfo } from "@playwright/test";
import en from "../messages/en.json" with { type: "json" };
import ru from "../messages/ru.json" with { type: "json" };
import { expect, signInRequest, uniqueEmail } from "./helpers";

export const MESSAGES = { en, ru } as const;
export type Locale = keyof typeof MESSAGES;

/** A catalog message with its `{placeholders}` filled, as the page shows it. */
export function fill(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

/** A catalog message as a pattern, each `{placeholder}` matching anything. */
export function pattern(message: string): RegExp {
  const parts = message.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join(".+"));
}

// A cookie-signed-in call names the app's origin, as the portal's pages do.
async function call(request: APIRequestContext, procedure: string, json: unknown, dates: string[] = []) {
  const origin = new URL((await request.get("/api/health")).url()).origin;
  const meta = dates.length ? { values: Object.fromEntries(dates.map((field) => [field, ["Date"]])) } : undefined;
  const response = await request.post(`/api/trpc/${procedure}`, { headers: { origin }, data: { json, meta } });
  expect(response.status(), `${procedure}: ${await response.text()}`).toBe(200);
  return (await response.json()).result.data.json;
}

/** An admin's request context, for setting up what a test needs through the real procedures. */
export async function adminRequest(request: APIRequestContext) {
  await signInRequest(request, "admin@guitaronline.dev");
  return request;
}

/** A new student (in their own language and zone) with a package of `lessons`, sold by the admin. */
export async function aStudentWithLessons(
  request: APIRequestContext,
  admin: APIRequestContext,
  { lessons, locale = "en", timezone = "Europe/Moscow", name = "Portal Student" }: { lessons: number; locale?: Locale; timezone?: string; name?: string },
) {
  const email = uniqueEmail("portal-student");
  const password = "portal student password";
  const { id } = await call(request, "identity.register", { email, password, name, locale, timezone });
  const expiresAt = new Date(Date.now() + 60 * 24 * 3_600_000);
  await call(admin, "billing.createPackage", { studentId: id, lessonsTotal: lessons, expiresAt, price: { amountMinor: 9_000, currency: "EUR" } }, ["expiresAt"]);
  return { id, email, password, name };
}

/** A new approved teacher with one open slot starting `hoursAhead` hours from now. */
export async function aTeacherWithSlotSoon(request: APIRequestContext, admin: APIRequestContext, { hoursAhead, name }: { hoursAhead: number; name: string }) {
  const { id } = await call(request, "identity.register", {
    email: uniqueEmail("portal-teacher"),
    password: "portal teacher password",
    name,
    role: "TEACHER",
    timezone: "Europe/Berlin",
  });
  await call(admin, "admin.approveTeacher", { userId: id });
  const startsAt = new Date(Math.ceil((Date.now() + hoursAhead * 3_600_000) / 900_000) * 900_000);
  const slot = await call(admin, "scheduling.createSlot", { startsAt, durationMinutes: 45, teacherId: id }, ["startsAt"]);
  return { id, name, slotStartsAt: startsAt.toISOString(), slotId: slot.id as string };
}

/** Signs a page in with its own credentials form, whatever language the page shows. */
export async function signInStudent(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.locator("input[name=email], input[type=email]").first().fill(email);
  await page.locator("input[type=password]").first().fill(password);
  await page.locator("form button[type=submit]").first().click();
  await expect(page.getByTestId("whoami")).toBeVisible({ timeout: 15_000 });
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

/** Waits until no list on the page is still loading. */
export async function settled(page: Page) {
  await expect(page.locator(".loading, [aria-busy='true']")).toHaveCount(0, { timeout: 15_000 });
}

/** axe finds no serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  expect(serious, `${label}: serious or critical accessibility violations`).toEqual([]);
}

/** A full-page screenshot in test-results/screenshots (git-ignored), named for what it shows. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: `${testInfo.project.outputDir}/screenshots/${name}.png`, fullPage: true });
}

/** Nothing sticks out sideways: the page is no wider than the window. */
export async function expectNoSidewaysScroll(page: Page, label: string) {
  const sticking = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.slice(0, 40)}"`),
  );
  expect(sticking, `${label}: what sticks out of the window`).toEqual([]);
}
