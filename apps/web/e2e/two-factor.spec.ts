import type { Page } from "@playwright/test";
import { authenticator } from "otplib";
import { expect, register, screenshot, test, uniqueEmail } from "./helpers";

const PASSWORD = "strings and frets";

/** The code the authenticator app would show `offsetSeconds` from now. */
const codeFor = (secret: string, offsetSeconds = 0) => authenticator.clone({ epoch: Date.now() + offsetSeconds * 1000 }).generate(secret);

const WIDTHS = [1280, 390] as const;

/** The element at each width, saved with the test's output for a person to look at. */
async function screenshots(page: Page, name: string, target: () => ReturnType<Page["locator"]>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(target(), `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Signs out from the account page and waits for the sign-out's own navigation home to finish. */
async function signOut(page: Page, label: string) {
  await page.goto("/account");
  await page.getByRole("banner").getByRole("button", { name: label, exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByTestId("whoami")).toHaveCount(0);
}

/** Turns two-factor sign-in on in the account page; answers the secret and the recovery codes. */
async function enrol(page: Page, labels: { start: string; code: string; confirm: string; done: string }, shotName?: string) {
  await page.goto("/account");
  await page.getByRole("button", { name: labels.start }).click();
  const section = page.getByTestId("two-factor");
  await expect(section.getByRole("img")).toBeVisible();
  const secret = (await page.getByTestId("mfa-secret").textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  if (shotName) await screenshots(page, `${shotName}-enrol`, () => section);
  await section.getByLabel(labels.code).fill(codeFor(secret));
  await section.getByRole("button", { name: labels.confirm }).click();
  const codes = section.getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = (await codes.allTextContents()).map((code) => code.trim());
  if (shotName) await screenshots(page, `${shotName}-recovery-codes`, () => section);
  await section.getByRole("button", { name: labels.done }).click();
  return { secret, recoveryCodes };
}

const CODE_LABEL = "Code from your authenticator app, or a recovery code";
const WRONG_CODE = "That code is wrong or was already used. Wait for the next code in your app and try again.";

/** E-mail and password; then, once the form asks for it, the code. */
async function submitSignIn(page: Page, email: string, { code }: { code?: string } = {}) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel(CODE_LABEL)).toBeVisible();
  if (code === undefined) return;
  await page.getByLabel(CODE_LABEL).fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("two-factor sign-in: enrol with the QR code's key, then sign-in asks for the code; a recovery code works once", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("mfa");
  await register(page, { name: "Olga Two-Factor", email, password: PASSWORD });
  const { secret, recoveryCodes } = await enrol(
    page,
    { start: "Turn on two-factor sign-in", code: "6-digit code from the app", confirm: "Turn on", done: "I have saved them" },
    "account-mfa-en",
  );
  await expect(page.getByTestId("two-factor")).toContainText("On since");
  await expect(page.getByTestId("two-factor")).toContainText("recovery codes left: 10");
  await signOut(page, "Sign out");

  // The password alone: the form now asks for the code, and no session is made.
  await submitSignIn(page, email);
  const codeField = page.getByLabel(CODE_LABEL);
  await expect(page.getByTestId("whoami")).toHaveCount(0);
  await screenshots(page, "sign-in-code-en", () => page.locator("main"));

  // A wrong code is refused with its own message.
  await codeField.fill("000000");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText(WRONG_CODE);

  // The next step's code (the current one was spent on enrolment: each works once).
  await codeField.fill(codeFor(secret, 30));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
  await signOut(page, "Sign out");

  // A recovery code instead of the app's code, once.
  await submitSignIn(page, email, { code: recoveryCodes[0] });
  await expect(page.getByTestId("whoami")).toBeVisible();
  await signOut(page, "Sign out");
  await submitSignIn(page, email, { code: recoveryCodes[0] });
  await expect(page.locator("form [role=alert]")).toHaveText(WRONG_CODE);
  await expect(page.getByTestId("whoami")).toHaveCount(0);
});

test("two-factor sign-in in Russian: the account page's section and the sign-in code step", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("mfa-ru");
  await register(page, { name: "Ivan Dvuhfaktorny", email, password: PASSWORD });
  await page.getByLabel("Language").selectOption("ru");
  await expect(page.getByLabel("Язык")).toBeVisible();
  await enrol(
    page,
    { start: "Включить двухфакторный вход", code: "6-значный код из приложения", confirm: "Включить", done: "Я их сохранил(а)" },
    "account-mfa-ru",
  );
  await expect(page.getByTestId("two-factor")).toContainText("осталось резервных кодов: 10");
  await screenshots(page, "account-mfa-ru-on", () => page.getByTestId("two-factor"));
  await signOut(page, "Выйти");
  await page.goto("/sign-in");
  await page.getByLabel("Эл. почта").fill(email);
  await page.getByLabel("Пароль").fill(PASSWORD);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByLabel("Код из приложения-аутентификатора или резервный код")).toBeVisible();
  await screenshots(page, "sign-in-code-ru", () => page.locator("main"));
});
