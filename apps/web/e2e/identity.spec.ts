import { expect, register, signIn, test, uniqueEmail } from "./helpers";

test("register, see your role, switch to Russian, sign out, sign in again", async ({ page }) => {
  const email = uniqueEmail("student");
  await register(page, { name: "Ivan Petrov", email, password: "strings and frets" });
  await expect(page.getByTestId("whoami")).toContainText("Hello, Ivan Petrov!");
  await expect(page.getByTestId("role")).toHaveText("Your role: Student");

  await page.getByLabel("Language").selectOption("ru");
  await expect(page.getByTestId("role")).toHaveText("Ваша роль: Ученик");
  await page.reload();
  await expect(page.getByTestId("role")).toHaveText("Ваша роль: Ученик");

  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
  await expect(page.getByTestId("whoami")).toHaveCount(0);

  // Signed out, the choice is the visitor's own (a cookie); signed in again, the account's language wins.
  await page.getByLabel("Язык").selectOption("en");
  await signIn(page, email, "strings and frets");
  await expect(page.getByTestId("role")).toHaveText("Ваша роль: Ученик");
});

test("a wrong password is refused without saying which half was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill("student@guitaronline.dev");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("The e-mail address or the password is wrong.");
});

test("the demo admin approves a newly registered teacher", async ({ browser }) => {
  const teacherPage = await (await browser.newContext()).newPage();
  const email = uniqueEmail("teacher");
  await register(teacherPage, { name: "New Teacher", email, password: "chords and scales", teacher: true });
  await expect(teacherPage.getByTestId("whoami")).toContainText("waiting for an admin's approval");

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, "admin@guitaronline.dev");
  await adminPage.getByRole("link", { name: "Admin" }).click();
  await adminPage.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Users" }).click();
  await adminPage.getByLabel("Only teachers waiting for approval").check();
  const row = adminPage.getByTestId(`user-${email}`);
  await expect(row).toContainText("awaiting approval");
  await row.getByRole("button", { name: "Approve" }).click();
  await expect(adminPage.getByTestId(`user-${email}`)).toHaveCount(0);
  await adminPage.getByLabel("Only teachers waiting for approval").uncheck();
  await expect(adminPage.getByTestId(`user-${email}`)).toContainText("approved");

  await teacherPage.reload();
  await expect(teacherPage.getByTestId("role")).toHaveText("Your role: Teacher");
  await expect(teacherPage.getByTestId("whoami")).not.toContainText("waiting for an admin's approval");
});

test("an ended session returns the user cleanly to sign-in, and back to the page asked for", async ({ page, browser }) => {
  const email = uniqueEmail("leaver");
  await register(page, { name: "Leaver", email, password: "long enough password" });
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, email, "long enough password");

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // Signed out here: the account page asks for sign-in, and remembers where the visitor was going.
  await page.goto("/account?from=mail");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%3Ffrom%3Dmail$/);

  // The other browser still holds its cookie, which the server no longer accepts.
  await elsewhere.goto("/notifications");
  await expect(elsewhere).toHaveURL(/\/sign-in\?expired=1&callbackUrl=%2Fnotifications$/);
  await expect(elsewhere.getByText("Your session has ended. Please sign in again.")).toBeVisible();
  await elsewhere.getByLabel("E-mail").fill(email);
  await elsewhere.getByLabel("Password").fill("long enough password");
  await elsewhere.getByRole("button", { name: "Sign in" }).click();
  await expect(elsewhere).toHaveURL(/\/notifications$/);
  await elsewhere.context().close();
});
