import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type BrowserContext, type Locator, type Page } from "@playwright/test";
import superjson from "superjson";
import en from "../messages/en.json" with { type: "json" };
import ru from "../messages/ru.json" with { type: "json" };

export { expect };

/**
 * Every spec's `test`: any Content-Security-Policy violation (the browser's report event, and the
 * console's "Refused to …" lines) in any page of the test, its own or one it opens in a new
 * browser context, fails the test, so every page the suite visits proves the policy lets it run.
 */
export const test = base.extend<{ cspViolations: string[]; failOnCspViolation: void }>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  cspViolations: async ({}, use) => use([]),
  failOnCspViolation: [
    async ({ browser, context, cspViolations }, use) => {
      const watch = async (watched: BrowserContext) => {
        await watched.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (event) =>
            // In the browser: the console is how the page reports to the test.
            // eslint-disable-next-line no-console
            console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`),
          );
        });
        watched.on("console", (message) => {
          if (/Content Security Policy|CSP violation/i.test(message.text())) cspViolations.push(`${message.page()?.url()}: ${message.text()}`);
        });
      };
      await watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const created = await newContext(options);
        await watch(created);
        return created;
      };
      await use();
      browser.newContext = newContext;
      expect(cspViolations, "Content-Security-Policy violations in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export const DEMO_PASSWORD = "guitar-demo-123";

export const uniqueEmail = (who: string) => `${who}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.com`;

/** Signs a page in with the credentials form, whatever language the page shows. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(password);
  await page.locator("form button[type=submit]").click();
  // Hashing the password is slow by design, and the first request of a run meets a cold server.
  await expect(page.getByTestId("whoami")).toBeVisible({ timeout: 15_000 });
}

export async function register(page: Page, { name, email, password, teacher = false }: { name: string; email: string; password: string; teacher?: boolean }) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  if (teacher) await page.getByLabel("a teacher").check();
  await page.getByRole("button", { name: "Create account" }).click();
  // Hashing the password is slow by design, and the first request of a run meets a cold server.
  await expect(page.getByTestId("whoami")).toBeVisible({ timeout: 15_000 });
}

/** Signs a request context in with the credentials callback, as a script would with curl. */
export async function signInRequest(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = await csrf.json();
  // A program with the session cookie sends the app's Origin on its POSTs, as the portal's pages do.
  const headers = { origin: new URL(csrf.url()).origin };
  return request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, headers, maxRedirects: 0 });
}

/** A personal API token of the user, made through their signed-in session. */
export async function personalApiToken(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ id: string; token: string }> {
  const signedIn = await signInRequest(request, email, password);
  const headers = { origin: new URL(signedIn.url()).origin };
  const created = await request.post("/api/trpc/identity.createApiToken", { data: { json: { name: "e2e script" } }, headers });
  return (await created.json()).result.data.json;
}

/** An admin's request context, for setting up what a test needs through the real procedures. */
export async function adminRequest(request: APIRequestContext) {
  await signInRequest(request, "admin@guitaronline.dev");
  return request;
}

/** A procedure call as a signed-in program makes it: superjson on the wire, the app's Origin on writes. */
export async function callProcedure<Output>(
  request: APIRequestContext,
  procedure: string,
  input: unknown,
  kind: "query" | "mutation" = "mutation",
): Promise<Output> {
  const wire = superjson.serialize(input);
  const response =
    kind === "query"
      ? await request.get(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(wire))}`)
      : await request.post(`/api/trpc/${procedure}`, { data: wire, headers: { origin: await originOf(request) } });
  const body = await response.json();
  expect(response.ok(), `${procedure}: ${JSON.stringify(body)}`).toBe(true);
  return superjson.deserialize(body.result.data) as Output;
}

let appOrigin: string | undefined;
async function originOf(request: APIRequestContext) {
  appOrigin ??= new URL((await request.get("/api/health")).url()).origin;
  return appOrigin;
}

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

/** Chooses the language as a visitor does, with the header's switch (wide screens show it). */
export async function showIn(page: Page, locale: Locale) {
  await page.locator("label.language select").first().selectOption(locale);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

/** Waits until nothing on the page is still loading. */
export async function settled(page: Page) {
  await expect(page.locator(".loading, [aria-busy='true']")).toHaveCount(0, { timeout: 15_000 });
}

/** Fails on any serious or critical accessibility violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  expect(serious, `${what}: serious or critical accessibility violations`).toEqual([]);
}

/** Nothing sticks out sideways: the page fits its viewport's width (a phone's too). */
export async function expectNoSidewaysScroll(page: Page, what: string) {
  const sticking = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} "${element.textContent?.slice(0, 40)}"`),
  );
  expect(sticking, `${what}: elements wider than the ${page.viewportSize()?.width} px viewport`).toEqual([]);
}

/**
 * A screenshot for a person to look at, in test-results/screenshots/<name>.png (git-ignored): a
 * page whole, or one element of it.
 */
export async function screenshot(target: Page | Locator, name: string) {
  const path = `${test.info().project.outputDir}/screenshots/${name}.png`;
  await ("goto" in target ? target.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
}
