import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";

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

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
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
