import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

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
  await expect(page.getByTestId("whoami")).toBeVisible();
}
