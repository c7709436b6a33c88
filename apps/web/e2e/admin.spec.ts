import { expect, register, screenshot, showIn, signIn, test, uniqueEmail } from "./helpers";

const ADMIN_PAGES = [
  ["dashboard", "/admin"],
  ["billing", "/admin/billing"],
  ["bookings", "/admin/bookings"],
  ["audit", "/admin/audit"],
  ["users", "/admin/users"],
] as const;

test("an admin sells a package to a new student, who books; runs a remediation and finds it in the audit trail", async ({ browser }) => {
  test.setTimeout(120_000);
  const student = await (await browser.newContext()).newPage();
  const email = uniqueEmail("desk-student");
  await register(student, { name: "Desk Student", email, password: "a long enough password" });

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@guitaronline.dev");
  await admin.getByRole("link", { name: "Admin", exact: true }).click();
  await admin.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Billing" }).click();
  await admin.getByLabel("Find a student").fill(email);
  await admin.getByRole("listitem").filter({ hasText: email }).getByRole("button", { name: "Choose" }).click();
  await expect(admin.getByRole("heading", { name: "Student: Desk Student" })).toBeVisible();
  const sell = admin.getByRole("button", { name: "Sell package" });
  await sell.dblclick();
  await expect(admin.getByText(/Sold: 10 lessons for €250.00/)).toBeVisible();
  await expect(admin.getByTestId("packages").getByRole("listitem")).toHaveCount(1);
  await expect(admin.getByTestId("payments")).toContainText("succeeded");

  await student.getByRole("link", { name: "Book a lesson" }).click();
  await expect(student.getByTestId("packages")).toContainText(/10 of 10 lessons left/);
  await student.getByTestId("open-slot").nth(3).getByRole("button", { name: "Hold" }).click();
  await student.getByRole("button", { name: "Confirm booking" }).click();
  await expect(student.getByText("Booked! See it in your bookings.")).toBeVisible();

  await admin.getByRole("link", { name: "Dashboard" }).click();
  await expect(admin.getByTestId("kpi-cards")).toBeVisible();
  await expect(admin.getByTestId("kpi-charts").locator("svg.recharts-surface").first()).toBeVisible();
  const board = admin.getByTestId("ops-board");
  await board.getByRole("button", { name: "Expire stale holds" }).click();
  await expect(board.getByText(/Done: \d+ expired\./)).toBeVisible();

  await admin.getByRole("link", { name: "Bookings" }).click();
  await expect(admin.getByTestId("bookings")).toContainText("Desk Student");

  await admin.getByRole("link", { name: "Audit" }).click();
  await admin.getByLabel("Action").fill("admin.holds.expired");
  const trail = admin.getByTestId("audit");
  await expect(trail.getByRole("row").nth(1)).toContainText("admin.holds.expired");
  await expect(trail.getByRole("row").nth(1)).toContainText("Alexandra Admin");
});

test("a student is sent away from the admin pages", async ({ page }) => {
  await signIn(page, "student@guitaronline.dev");
  await page.goto("/admin/billing");
  await expect(page).toHaveURL("/bookings");
});

test("screenshots of every admin page, in English and Russian, wide and narrow", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@guitaronline.dev");
  for (const locale of ["en", "ru"] as const) {
    // The language switch is in the header's menu, folded away on a narrow screen.
    await page.setViewportSize({ width: 1280, height: 900 });
    await showIn(page, locale);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of ADMIN_PAGES) {
        await page.goto(path);
        await expect(page.locator("[aria-busy='true']")).toHaveCount(0, { timeout: 15_000 });
        if (name === "dashboard") await expect(page.getByTestId("kpi-cards")).toBeVisible();
        if (name === "billing") {
          await page.locator("input[type=search]").fill("student@guitaronline.dev");
          await page.getByRole("listitem").filter({ hasText: "student@guitaronline.dev" }).getByRole("button").click();
          await expect(page.getByTestId("packages")).toBeVisible();
          await expect(page.locator("[aria-busy='true']")).toHaveCount(0);
        }
        await screenshot(page, `admin-${name}-${locale}-${width}`);
      }
    }
  }
  // The choice is saved on the demo admin's account: give later specs the English admin back.
  await page.setViewportSize({ width: 1280, height: 900 });
  await showIn(page, "en");
});
