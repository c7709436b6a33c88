import { expect, register, signIn, test, uniqueEmail } from "./helpers";

test("a Russian browser gets the Russian sign-in page; an English one the English page", async ({ browser }) => {
  const russian = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  await russian.goto("/sign-in");
  await expect(russian.locator("html")).toHaveAttribute("lang", "ru");
  await expect(russian.getByRole("heading", { name: "Вход" })).toBeVisible();
  await expect(russian.getByLabel("Пароль")).toBeVisible();

  const english = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await english.goto("/sign-in");
  await expect(english.locator("html")).toHaveAttribute("lang", "en");
  await expect(english.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("switching the language saves it on the account: it follows the user to a new browser", async ({ browser }) => {
  const email = uniqueEmail("polyglot");
  const password = "correct horse battery";
  const first = await (await browser.newContext({ locale: "en-US" })).newPage();
  await register(first, { name: "Pat Polyglot", email, password });
  await expect(first.locator("html")).toHaveAttribute("lang", "en");
  await first.getByLabel("Language").selectOption("ru");
  await expect(first.getByRole("heading", { name: "Здравствуйте, Pat Polyglot!" })).toBeVisible();
  await expect(first.getByRole("link", { name: "Аккаунт" })).toBeVisible();

  // A new browser, English, with no cookie of ours: the account's language wins once signed in.
  const second = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(second, email, password);
  await expect(second.locator("html")).toHaveAttribute("lang", "ru");
  await expect(second.getByRole("link", { name: "Аккаунт" })).toBeVisible();

  // And back: the choice is saved again, and the first browser follows at its next page.
  await second.getByLabel("Язык").selectOption("en");
  await expect(second.getByRole("link", { name: "Account" })).toBeVisible();
  await first.reload();
  await expect(first.locator("html")).toHaveAttribute("lang", "en");
});
